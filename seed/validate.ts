/**
 * Checks of the plan data that zod cannot express: quotes are verbatim, values appear in
 * their quotes, references resolve, nothing is duplicated. Pure: the caller supplies the
 * source texts. Used by the loader, the tests and `npm run seed:check`.
 */
import type { TPlanBundle, TRegionSeed } from "./schema";

export type SourceTexts = Record<string, string>;

/** Layout artefacts in the sources put spaces inside numbers and units ("2025 年"). */
const squeeze = (s: string) => s.replace(/\s+/g, "");

/** The ways a number can be written in a quote: 10, 10.0, 1,000, 62,659. */
function numberSpellings(n: number): string[] {
  const plain = String(n);
  const grouped = n.toLocaleString("en-US", { maximumFractionDigits: 4 });
  return [...new Set([plain, grouped])];
}

export function valueAppearsIn(value: number, quote: string): boolean {
  const q = squeeze(quote);
  return numberSpellings(value).some((s) => q.includes(s));
}

export function validateBundles(bundles: TPlanBundle[], regions: TRegionSeed[], sources: SourceTexts): string[] {
  const problems: string[] = [];
  const regionCodes = new Set(regions.map((r) => r.code));
  const cite = (where: string, c: { file: string; quote: string }) => {
    const text = sources[c.file];
    if (text === undefined) problems.push(`${where}: 未知来源文件 ${c.file}`);
    else if (!text.includes(c.quote)) problems.push(`${where}: 引文未在 ${c.file} 中逐字找到: «${c.quote}»`);
  };

  for (const bundle of bundles) {
    const p = bundle.plan.code;
    if (!regionCodes.has(bundle.plan.regionCode)) problems.push(`${p}: 未知行政区划 ${bundle.plan.regionCode}`);
    const sections = new Set(bundle.sections.map((s) => s.code));
    const parts = bundle.parts;
    const units = new Set(parts.flatMap((x) => x.units.map((u) => u.name)));
    const hospitals = new Set(parts.flatMap((x) => x.hospitals.map((h) => h.code)));
    const specialties = new Set(parts.flatMap((x) => x.specialties.map((s) => s.name)));
    const tasks = parts.flatMap((x) => x.tasks);
    const taskCodes = new Set(tasks.map((t) => t.code));
    const targets = parts.flatMap((x) => x.targets);

    const dup = (kind: string, keys: string[]) => {
      const seen = new Set<string>();
      for (const k of keys) {
        if (seen.has(k)) problems.push(`${p}: 重复的${kind} ${k}`);
        seen.add(k);
      }
    };
    dup("任务编号", tasks.map((t) => t.code));
    dup("目标编号", targets.map((t) => t.code));
    conflicts("医院", parts.flatMap((x) => x.hospitals), (h) => h.code);
    conflicts("责任单位", parts.flatMap((x) => x.units), (u) => u.name);
    conflicts("专科", parts.flatMap((x) => x.specialties), (s) => s.name);
    dup("目标引文", targets.map((t) => `${t.source.file}|${t.source.quote}|${t.metric}|${t.scope}`));
    dup("基线编号", parts.flatMap((x) => x.baselines.map((b) => b.code)));

    // Parts of one plan may each declare a shared hospital or unit, but identically.
    function conflicts<T>(kind: string, items: T[], key: (x: T) => string) {
      const first = new Map<string, string>();
      for (const item of items) {
        const k = key(item);
        const json = JSON.stringify(item);
        if (first.has(k) && first.get(k) !== json) problems.push(`${p}: ${kind} ${k} 在不同部分中的登记不一致`);
        if (!first.has(k)) first.set(k, json);
      }
    }
    for (const u of parts.flatMap((x) => x.units)) {
      if (!regionCodes.has(u.regionCode)) problems.push(`${p}: 责任单位 ${u.name} 的行政区划 ${u.regionCode} 未知`);
    }
    for (const h of parts.flatMap((x) => x.hospitals)) {
      if (!regionCodes.has(h.regionCode)) problems.push(`${p}: 医院 ${h.code} 的行政区划 ${h.regionCode} 未知`);
    }
    for (const t of tasks) {
      if (!sections.has(t.sectionCode)) problems.push(`${p} 任务 ${t.code}: 未知章节 ${t.sectionCode}`);
      if (t.regionCode && !regionCodes.has(t.regionCode)) problems.push(`${p} 任务 ${t.code}: 未知行政区划 ${t.regionCode}`);
      for (const u of t.units) if (!units.has(u.name)) problems.push(`${p} 任务 ${t.code}: 未登记的责任单位 ${u.name}`);
      cite(`${p} 任务 ${t.code}`, t.source);
    }
    for (const d of parts.flatMap((x) => x.designations)) {
      const where = `${p} 专科建设项目 ${d.hospitalCode}/${d.specialtyName}`;
      if (!hospitals.has(d.hospitalCode)) problems.push(`${where}: 未登记的医院`);
      if (!specialties.has(d.specialtyName)) problems.push(`${where}: 未登记的专科`);
      if (d.taskCode && !taskCodes.has(d.taskCode)) problems.push(`${where}: 未知任务 ${d.taskCode}`);
      cite(where, d.source);
    }
    for (const t of targets) {
      const where = `${p} 目标 ${t.code}`;
      if (!taskCodes.has(t.taskCode)) problems.push(`${where}: 未知任务 ${t.taskCode}`);
      if (t.deadlineYear < bundle.plan.startYear - 1 || t.deadlineYear > bundle.plan.endYear + 5) {
        problems.push(`${where}: 截止年份 ${t.deadlineYear} 超出规划期`);
      }
      const owners = (t.units ?? tasks.find((x) => x.code === t.taskCode)?.units ?? []).length + t.hospitalCodes.length;
      if (owners === 0) problems.push(`${where}: 没有责任单位或医院`);
      for (const u of t.units ?? []) if (!units.has(u.name)) problems.push(`${where}: 未登记的责任单位 ${u.name}`);
      for (const h of t.hospitalCodes) if (!hospitals.has(h)) problems.push(`${where}: 未登记的医院 ${h}`);
      if (t.scopeHospitalCode && !hospitals.has(t.scopeHospitalCode)) problems.push(`${where}: 未登记的医院 ${t.scopeHospitalCode}`);
      if (t.scopeRegionCode && !regionCodes.has(t.scopeRegionCode)) problems.push(`${where}: 未知行政区划 ${t.scopeRegionCode}`);
      cite(where, t.source);
      t.alsoIn.forEach((c, i) => cite(`${where} alsoIn[${i}]`, c));
      for (const v of [t.value, t.valueHigh]) {
        if (v === null || v === undefined) continue;
        const inQuote = valueAppearsIn(v, t.source.quote);
        const worded = t.valueWording !== undefined && squeeze(t.source.quote).includes(squeeze(t.valueWording));
        if (!inQuote && !worded) problems.push(`${where}: 数值 ${v} 未出现在引文中（如为文字表述请填写 valueWording）`);
      }
    }
    for (const b of parts.flatMap((x) => x.baselines)) {
      cite(`${p} 基线 ${b.code}`, b.source);
      if (!valueAppearsIn(b.value, b.source.quote)) problems.push(`${p} 基线 ${b.code}: 数值 ${b.value} 未出现在引文中`);
    }
    for (const d of parts.flatMap((x) => x.dimensions)) cite(`${p} 评价维度 ${d.code}`, d.source);
  }
  return problems;
}
