import { Comparator, TargetKind } from "../generated/prisma/enums";
import { m } from "../i18n";

/**
 * The layout of the plan import workbook (issue #7): sheet names and columns, shared by the
 * template download and the upload's parser, so the two can never disagree.
 */
const i = m.manage.import;

export const TASK_COLUMNS = [
  { key: "code", header: i.taskColumns.code, width: 12, required: true },
  { key: "number", header: i.taskColumns.number, width: 10, required: false },
  { key: "section", header: "所属章节", width: 18, required: false },
  { key: "title", header: i.taskColumns.title, width: 30, required: true },
  { key: "text", header: i.taskColumns.text, width: 50, required: false },
  { key: "units", header: i.taskColumns.units, width: 20, required: false },
  { key: "coUnits", header: i.taskColumns.coUnits, width: 24, required: false },
  { key: "sourceQuote", header: i.taskColumns.sourceQuote, width: 40, required: false },
] as const;

export const TARGET_COLUMNS = [
  { key: "code", header: i.targetColumns.code, width: 12, required: true },
  { key: "taskCode", header: i.targetColumns.taskCode, width: 14, required: true },
  { key: "metric", header: i.targetColumns.metric, width: 30, required: true },
  { key: "kind", header: i.targetColumns.kind, width: 12, required: true },
  { key: "comparator", header: i.targetColumns.comparator, width: 12, required: true },
  { key: "value", header: i.targetColumns.value, width: 10, required: false },
  { key: "valueHigh", header: i.targetColumns.valueHigh, width: 10, required: false },
  { key: "unit", header: i.targetColumns.unit, width: 8, required: false },
  { key: "deadlineYear", header: i.targetColumns.deadlineYear, width: 10, required: true },
  { key: "baselineValue", header: i.targetColumns.baselineValue, width: 10, required: false },
  { key: "baselineYear", header: i.targetColumns.baselineYear, width: 10, required: false },
  { key: "scope", header: i.targetColumns.scope, width: 16, required: true },
  { key: "sourceQuote", header: i.targetColumns.sourceQuote, width: 50, required: true },
  { key: "decisionNote", header: i.targetColumns.decisionNote, width: 30, required: false },
  { key: "leadUnits", header: i.targetColumns.leadUnits, width: 20, required: false },
  { key: "coUnits", header: i.targetColumns.coUnits, width: 24, required: false },
  { key: "hospitals", header: i.targetColumns.hospitals, width: 28, required: false },
] as const;

export type TaskColumnKey = (typeof TASK_COLUMNS)[number]["key"];
export type TargetColumnKey = (typeof TARGET_COLUMNS)[number]["key"];

/** The words offered in the drop-down lists; codes and symbols are accepted as well. */
export const KIND_WORDS: Record<TargetKind, string> = m.targets.kinds;
export const COMPARATOR_WORDS: Record<Comparator, string> = { GTE: "不低于", GT: "高于", LTE: "不高于", LT: "低于", EQ: "等于", RANGE: "区间" };
const COMPARATOR_SYMBOLS: Record<string, Comparator> = { "≥": "GTE", ">=": "GTE", "＞": "GT", ">": "GT", "≤": "LTE", "<=": "LTE", "＜": "LT", "<": "LT", "＝": "EQ", "=": "EQ" };

export function readKind(text: string): TargetKind | null {
  const t = text.trim();
  const byWord = (Object.keys(KIND_WORDS) as TargetKind[]).find((k) => KIND_WORDS[k] === t);
  return byWord ?? (Object.values(TargetKind) as string[]).find((k) => k === t.toUpperCase()) as TargetKind | undefined ?? null;
}

export function readComparator(text: string): Comparator | null {
  const t = text.trim();
  const byWord = (Object.keys(COMPARATOR_WORDS) as Comparator[]).find((k) => COMPARATOR_WORDS[k] === t);
  return byWord ?? COMPARATOR_SYMBOLS[t] ?? (Object.values(Comparator) as string[]).find((k) => k === t.toUpperCase()) as Comparator | undefined ?? null;
}

/**
 * 市卫健委、市科技局 → two names; 、，, ; and line breaks all separate, except inside brackets:
 * 各县（市、区）人民政府 is one unit, as the plans write it.
 */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if ("（(［[".includes(ch)) depth++;
    if ("）)］]".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && "、，,;；\n".includes(ch)) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  return [...new Set([...names, current].map((s) => s.trim()).filter(Boolean))];
}

/** Rows the template prepares drop-down lists for. */
export const TEMPLATE_ROWS = 300;
