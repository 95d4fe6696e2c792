import { formatFigure } from "@/lib/domain/target-value";
import { formatPercent, formatQuarter, m } from "@/lib/i18n";

const d = m.dashboard;

/** A reported figure with the target's unit ("12 个", "35.5%"), or done / not done for a milestone. */
export function formatActual(value: number | null, milestoneDone: boolean | null, unit: string): string {
  if (value === null) return milestoneDone === null ? d.progress.none : milestoneDone ? d.progress.done : d.progress.notDone;
  const figure = formatFigure(value);
  return unit === "" ? figure : unit === "%" || unit === "‰" ? `${figure}${unit}` : `${figure} ${unit}`;
}

export const formatLatest = (latest: { value: number | null; milestoneDone: boolean | null; year: number; quarter: number } | null, unit: string) =>
  latest ? d.latest(formatActual(latest.value, latest.milestoneDone, unit), formatQuarter(latest.year, latest.quarter)) : d.progress.none;

export const percentOrDash = (share: number | null) => (share === null ? "–" : formatPercent(share));
