/**
 * Issue #7: a target's yearly milestones, further citations and responsible units are edited
 * with the target and saved in its versioned write, recorded in its revision history and the
 * audit log, and the milestones drive the expected progress the dashboards judge by.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manageFieldErrors } from "@/lib/actions/manage/failure";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadJudgedTargets } from "@/lib/dal/dashboard/judged-targets";
import { getTargetProgress } from "@/lib/dal/dashboard/target";
import { createTarget } from "@/lib/dal/manage/target-create";
import { getEditableTarget, updateTarget } from "@/lib/dal/manage/targets";
import { setTaskUnits } from "@/lib/dal/manage/task-units";
import { getPlanSource } from "@/lib/dal/plan-source";
import { getTarget } from "@/lib/dal/targets";
import { judgeTarget } from "@/lib/domain/progress";
import { citationQuoteKey } from "@/lib/domain/source-anchor";
import { ZTargetCreate, ZTargetUpdate } from "@/lib/validation/target-edit";
import { taskUnitsSignature, ZTaskUnitsSet } from "@/lib/validation/tasks";
import { seedDatabase } from "@/seed";
import { actorFor, addStaff } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { auditsOf, expectDenied, expectFieldError } from "../helpers/manage";
import { onChinaDay } from "../helpers/progress";
import { rejection } from "../helpers/rejection";
import { targetForm, targetFormFields } from "../helpers/target-form";

const MAIN = "001_221d51d9768594f4.txt";
const NEW_QUOTE = "国家临床重点专科达 10 个、省市级临床重点专科达 60 个";

let db: TestDatabase;
let staff: SessionUser;
let tjStaff: SessionUser;
let leader: SessionUser;
/** A1-05-T1: ≥ 10 国家临床重点专科 by 2025 from 9 (2023), three further citations, 市卫健委 leading. */
let target: { id: string; taskId: string; citations: { sourceFile: string; quote: string }[] };
let unit: Record<string, string>;

const json = (v: unknown) => JSON.stringify(v);
const formFor = (over: Record<string, string> = {}) => targetForm(staff, target.id, over);
const errorsOf = async (over: Record<string, string>) => manageFieldErrors(ZTargetUpdate.safeParse(await targetFormFields(staff, target.id, over)).error!);
const stored = async () => (await getEditableTarget(staff, target.id))!;

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  tjStaff = await addStaff(db.prisma, { username: "tj-staff", displayName: "天津业务人员", regionCode: "120000" });
  [staff, leader] = await Promise.all(["staff", "leader"].map((u) => actorFor(db.prisma, u)));
  target = await db.prisma.target.findFirstOrThrow({
    where: { code: "A1-05-T1", plan: { code: "WZ-2023-80" } },
    select: { id: true, taskId: true, citations: { orderBy: { sortOrder: "asc" }, select: { sourceFile: true, quote: true } } },
  });
  const units = await db.prisma.responsibleUnit.findMany({ where: { name: { in: ["市卫健委", "市财政局", "温州医科大学"] }, region: { code: "330300" } }, select: { id: true, name: true } });
  unit = Object.fromEntries(units.map((u) => [u.name, u.id]));
  unit.tianjin = (await db.prisma.responsibleUnit.findFirstOrThrow({ where: { region: { code: "120000" } }, select: { id: true } })).id;
}, 180_000);
afterAll(() => db?.close());

describe("saving milestones, citations and units with the target", () => {
  it("writes them in one revision, audited, shown on the target page and in the document view, and judged by on the dashboard", async () => {
    // Judged at the end of the last quarter due, 30 September 2024: day 639 of the 1096 from 2023 to 2025.
    const asOf = onChinaDay("2024-12-31");
    const line = (await getTargetProgress(leader, target.id, asOf))!;
    expect(line.expected).toBeCloseTo(639 / 1096, 9);
    const early = onChinaDay("2023-12-31");
    const straightEarly = (await getTargetProgress(leader, target.id, early))!.expected;

    const citations = [{ sourceFile: MAIN, quote: NEW_QUOTE }, ...target.citations.slice(1)];
    const units = [{ unitId: unit["市卫健委"], isLead: true }, { unitId: unit["市财政局"], isLead: false }];
    const input = await formFor({ milestones: json([{ year: "2024", value: "９.５" }]), citations: json(citations), units: json(units), reason: "补录附件2 分年度节点", effectiveFrom: "2024-01-01" });
    expect(await updateTarget(staff, input)).toEqual({ version: 2, revised: true });

    const after = await stored();
    expect(after.milestones).toEqual([{ year: 2024, value: 9.5 }]);
    expect(after.citations).toEqual(citations);
    expect(after.units).toEqual([{ unitId: unit["市卫健委"], name: "市卫健委", isLead: true }, { unitId: unit["市财政局"], name: "市财政局", isLead: false }]);
    const [revision] = after.revisions;
    expect(revision).toMatchObject({ version: 1, reason: "补录附件2 分年度节点", before: { milestones: [], citations: target.citations }, after: { milestones: [{ year: 2024, value: 9.5 }], citations } });
    expect(revision.before.units!.map((u) => u.name)).toEqual(["市卫健委", "温州医科大学", "各县（市、区）人民政府"]);
    expect(revision.after.units!.map((u) => u.name)).toEqual(["市卫健委", "市财政局"]);

    const [event] = await auditsOf(db.prisma, "target.update", target.id);
    expect(Object.keys(event.after as object).sort()).toEqual(["citations", "milestones", "units"]);
    expect(event.before).toMatchObject({ milestones: [], citations: target.citations });

    const page = (await getTarget(staff, target.id))!;
    expect(page.milestones).toEqual([{ year: 2024, value: 9.5 }]);
    expect(page.citations.map((c) => c.quote)).toEqual(citations.map((c) => c.quote));
    expect(page.units.map((u) => u.name)).toEqual(["市卫健委", "市财政局"]);
    const source = (await getPlanSource(staff, "WZ-2023-80", { file: MAIN, targetId: target.id }))!;
    expect(source.quotes[citationQuoteKey(page.citations[0].id)]).toMatchObject({ targetId: target.id });
    expect(source.missing).toEqual([]);

    // The milestone bends the line: half of the way from 9 to 10 is due by the end of 2024 (day 731).
    expect((await getTargetProgress(leader, target.id, asOf))!.expected).toBeCloseTo(0.5 * (639 / 731), 9);
    // Before the revision took effect (1 January 2024) the target had no milestones: still the straight line.
    expect((await getTargetProgress(leader, target.id, early))!.expected).toBe(straightEarly);
  });

  it("keeps a kept citation's id, so links into the document view stay valid", async () => {
    const before = await db.prisma.targetCitation.findMany({ where: { targetId: target.id }, orderBy: { sortOrder: "asc" }, select: { id: true, quote: true } });
    const reordered = [...(await stored()).citations].reverse();
    await updateTarget(staff, await formFor({ citations: json(reordered), reason: "按原文顺序排列" }));
    const after = await db.prisma.targetCitation.findMany({ where: { targetId: target.id }, orderBy: { sortOrder: "asc" }, select: { id: true, quote: true } });
    expect(after).toEqual([...before].reverse());
  });

  it("saves other fields without touching them when the form leaves them out", async () => {
    const { milestones, citations, units, version } = await stored();
    expect(await updateTarget(staff, await formFor({ decisionNote: "口径：按认定文件计数" }))).toEqual({ version: version + 1, revised: false });
    expect(await stored()).toMatchObject({ milestones, citations, units });
  });
});

describe("refusing them", () => {
  it("answers invalid rows field by field, in Chinese", async () => {
    expect(await errorsOf({ milestones: json([{ year: "２０２４", value: "许多" }, { year: "24", value: "9.2" }, { year: "2024", value: "-1" }, { year: "", value: "" }]) })).toEqual({
      "milestones.0.value": "请填写数字，如 10 或 12.5",
      "milestones.1.year": "请填写四位年份，如 2025",
      "milestones.2.value": "节点值不能为负数",
      "milestones.3.year": "此项为必填项",
      "milestones.3.value": "此项为必填项",
    });
    expect(await errorsOf({ milestones: json([{ year: "２０２４", value: "9.5" }, { year: "2024", value: "9.6" }]) })).toEqual({ "milestones.1.year": "该年份已有节点" });
    expect(await errorsOf({ milestones: json([{ year: "2023", value: "8" }, { year: "2025", value: "9.9" }]) })).toEqual({
      "milestones.0.value": "节点值应在基线 9 与目标 10 之间",
      "milestones.1.year": "年份不能晚于 2024 年：完成期限应达到的就是目标本身",
    });
    expect(await errorsOf({ milestones: json([{ year: "2023", value: "9.8" }, { year: "2024", value: "9.5" }]) })).toEqual({ "milestones.1.value": "节点值应逐年增加或持平，不能低于此前年份的节点" });
    expect(await errorsOf({ kind: "MILESTONE", value: "", milestones: json([{ year: "2024", value: "1" }]) })).toEqual({ milestones: "“节点任务”只判断是否按期完成，不设年度节点" });
    expect(await errorsOf({ kind: "YEARLY_QUOTA", milestones: json([{ year: "2024", value: "1" }]) })).toEqual({ milestones: "“年度指标”每年单独考核，不设年度节点" });
    expect(await errorsOf({ milestones: "[1" })).toEqual({ milestones: "年度节点格式有误，请刷新页面后重新填写" });

    const { sourceFile, sourceQuote } = await stored();
    expect(await errorsOf({ citations: json([{ sourceFile, quote: " " }, { sourceFile, quote: NEW_QUOTE }, { sourceFile, quote: NEW_QUOTE }, { sourceFile, quote: sourceQuote }]) })).toEqual({
      "citations.0.quote": "此项为必填项",
      "citations.2.quote": "与前面的出处重复",
      "citations.3.quote": "与主引文相同，无需重复填写",
    });
    expect(await errorsOf({ citations: json([{ sourceFile, quote: sourceQuote }]) })).toEqual({ "citations.0.quote": "与主引文相同，无需重复填写" });
    expect(await errorsOf({ units: json([{ unitId: unit["市卫健委"], isLead: false }]) })).toEqual({ units: "请至少指定一个牵头单位" });
  });

  it("follows the comparator for a ceiling: its milestones fall from the baseline towards it", async () => {
    const ceiling = await db.prisma.target.findFirstOrThrow({ where: { code: "BODY-GOALS-T2", plan: { code: "WZ-2023-80" } }, select: { id: true } });
    const errors = async (over: Record<string, string>) => manageFieldErrors(ZTargetUpdate.safeParse(await targetFormFields(staff, ceiling.id, over)).error!);
    expect(await errors({ milestones: json([{ year: "2024", value: "10" }]) })).toEqual({ milestones: expect.stringContaining("年度节点不会被使用") });
    const baseline = { baselineValue: "14", baselineYear: "2022" };
    expect(await errors({ ...baseline, milestones: json([{ year: "2024", value: "10" }]) })).toEqual({ "milestones.0.value": "上限类目标的节点值应在目标 11 与基线 14 之间" });
    expect(await errors({ ...baseline, milestones: json([{ year: "2023", value: "12" }, { year: "2024", value: "12.5" }]) })).toEqual({
      "milestones.1.value": "上限类目标的节点值应逐年下降或持平，不能高于此前年份的节点",
    });
    const saved = await updateTarget(staff, await targetForm(staff, ceiling.id, { ...baseline, milestones: json([{ year: "2023", value: "13" }, { year: "2024", value: "12" }]), reason: "补录基线和节点" }));
    expect(saved.revised).toBe(true);
  });

  it("checks what only the database knows, writing nothing: the plan's start year, each quote, each unit's region", async () => {
    const { version, milestones } = await stored();
    await expectFieldError(updateTarget(staff, await formFor({ milestones: json([{ year: "2022", value: "9.2" }]), reason: "r" })), "milestones.0.year", "年份不能早于规划起始年份 2023 年");
    await expectFieldError(updateTarget(staff, await formFor({ citations: json([{ sourceFile: MAIN, quote: NEW_QUOTE }, { sourceFile: MAIN, quote: "原文中没有这句话" }]), reason: "r" })), "citations.1.quote", "引文未在所选原文文件中找到");
    await updateTarget(staff, await formFor({ citations: json([{ sourceFile: "市政府官网公布稿", quote: "原文中没有这句话" }]), reason: "未收录的来源不核对引文" }));
    await expectFieldError(updateTarget(staff, await formFor({ units: json([{ unitId: unit.tianjin, isLead: true }]), reason: "r" })), "units", "不在您的管辖范围内");
    const now = await stored();
    expect(now.version).toBe(version + 1);
    expect(now.milestones).toEqual(milestones);
  });

  it("refuses a save based on an outdated version (CONFLICT), leaving the other save in place", async () => {
    const first = await formFor({ milestones: json([{ year: "2024", value: "9.6" }]), reason: "第一位" });
    const second = await formFor({ milestones: json([{ year: "2023", value: "9.1" }]), reason: "第二位" });
    await updateTarget(staff, first);
    expect((await rejection(updateTarget(staff, second))).code).toBe("CONFLICT");
    expect((await stored()).milestones).toEqual([{ year: 2024, value: 9.6 }]);
  });

  it("lets nobody else change them: a leader is refused (403), 天津 staff get a 404, both audited", async () => {
    const input = await formFor({ milestones: json([]), reason: "越权" });
    await expectDenied(db.prisma, () => updateTarget(leader, input), { code: "FORBIDDEN", action: "target.update", entityId: target.id });
    await expectDenied(db.prisma, () => updateTarget(tjStaff, input), { code: "NOT_FOUND", action: "target.update", entityId: target.id });
    expect((await stored()).milestones).toEqual([{ year: 2024, value: 9.6 }]);
  });
});

describe("a new target", () => {
  let n = 0;
  const newTarget = (over: Record<string, string>) =>
    ZTargetCreate.parse({
      taskId: target.taskId, code: `A1-05-X${++n}`, metric: "省市级临床重点专科数量（测试）", comparator: "GTE", value: "60", unit: "个", deadlineYear: "2025", kind: "COUNT",
      baselineValue: "40", baselineYear: "2023", scope: "全市", aggregation: "SUM", sourceFile: MAIN, sourceQuote: NEW_QUOTE, ...over,
    });

  it("is created with its milestones, citations and units, all in the audit event", async () => {
    const id = await createTarget(staff, newTarget({ milestones: json([{ year: "2024", value: "50" }]), citations: json([target.citations[2]]), units: json([{ unitId: unit["温州医科大学"], isLead: true }]) }));
    const created = (await getEditableTarget(staff, id))!;
    expect(created).toMatchObject({ version: 1, milestones: [{ year: 2024, value: 50 }], citations: [target.citations[2]], units: [{ name: "温州医科大学", isLead: true }] });
    const [event] = await auditsOf(db.prisma, "target.create", id);
    expect(event.after).toMatchObject({ milestones: [{ year: 2024, value: 50 }], citations: [target.citations[2]], units: [{ name: "温州医科大学", isLead: true }] });
  });

  it("is refused with the same rules, writing nothing", async () => {
    const count = await db.prisma.target.count();
    await expectFieldError(createTarget(staff, newTarget({ milestones: json([{ year: "2022", value: "45" }]) })), "milestones.0.year");
    await expectFieldError(createTarget(staff, newTarget({ citations: json([{ sourceFile: MAIN, quote: "原文中没有这句话" }]) })), "citations.0.quote");
    await expectFieldError(createTarget(staff, newTarget({ units: json([{ unitId: unit.tianjin, isLead: true }]) })), "units");
    expect(await db.prisma.target.count()).toBe(count);
  });

  it("follows its task's units when created without its own, and a change of them outdates a form opened before", async () => {
    const id = await createTarget(staff, newTarget({}));
    const task = await db.prisma.task.findUniqueOrThrow({ where: { id: target.taskId }, select: { units: { orderBy: { sortOrder: "asc" }, select: { unitId: true, isLead: true } } } });
    expect((await getEditableTarget(staff, id))!.units.map(({ unitId, isLead }) => ({ unitId, isLead }))).toEqual(task.units);
    const open = await targetForm(staff, id, { scope: "全市（修订）" });
    const units = [{ unitId: unit["市财政局"], isLead: true }];
    await setTaskUnits(staff, ZTaskUnitsSet.parse({ taskId: target.taskId, loaded: taskUnitsSignature(task.units), units: json(units) }));
    expect((await getEditableTarget(staff, id))!).toMatchObject({ version: 2, units: [{ name: "市财政局", isLead: true }] });
    expect((await rejection(updateTarget(staff, open))).code).toBe("CONFLICT");
  });
});

describe("the dashboards judge each quarter against the target then in force", () => {
  it("holds a quarter's figures against the value in force at its end, now and for the overview's quarter before", async () => {
    // A1-05-T2: ≥ 60 省市级临床重点专科, no baseline; the demo figures skip 2024Q3 (30 in 2024Q2, 42 in 2024Q4).
    const revised = await db.prisma.target.findFirstOrThrow({ where: { code: "A1-05-T2", plan: { code: "WZ-2023-80" } }, select: { id: true } });
    await updateTarget(staff, await targetForm(staff, revised.id, { value: "120", reason: "市政府调整目标", effectiveFrom: "2024-07-01" }));
    // On 15 August 2024 the last quarter due is 2024Q2, judged at 30 June against 60.
    const august = (await getTargetProgress(leader, revised.id, onChinaDay("2024-08-15")))!;
    expect(august).toMatchObject({ value: 60, latest: { value: 30, year: 2024, quarter: 2 } });
    expect(august.raw).toBeCloseTo(30 / 60, 9);
    // On 15 October 2024Q4 is reported already: judged that day, against 120.
    const october = (await getTargetProgress(leader, revised.id, onChinaDay("2024-10-15")))!;
    expect(october).toMatchObject({ value: 120, latest: { value: 42, year: 2024, quarter: 4 } });
    expect(october.raw).toBeCloseTo(42 / 120, 9);

    // "A quarter earlier" than 14 November is 15 August: judged against 60, which tells apart from 120.
    const [overview] = await loadJudgedTargets(leader.regionPath, { targetId: revised.id }, onChinaDay("2024-11-14"), { withPrevious: true });
    expect(overview.previousStatus).toBe(august.status);
    const observations = august.series.map((q) => ({ year: q.year, quarter: q.quarter, value: q.actual }));
    const againstNew = judgeTarget({ ...august, value: 120, deadlineDate: null }, august.plan, observations, onChinaDay("2024-08-15"));
    expect(againstNew.status).not.toBe(august.status);
  });
});
