import { compareQuarters, quarterIndex } from "./quarters";
import type { ProgressObservation, Quarter, TargetKind } from "./types";

/** A figure that says something: a value, or for a milestone a done / not-done answer. */
export const isInformative = (kind: TargetKind, o: ProgressObservation): boolean =>
  kind === "MILESTONE" ? o.milestoneDone != null : o.value !== null && Number.isFinite(o.value);

/**
 * The informative observations known by `upTo` (later quarters cannot be known yet), one per
 * quarter, oldest first. The DAL sends one figure per quarter; should it send several, the last
 * one given for a quarter wins, like a corrected report replacing the earlier one.
 */
export function quarterlySeries(kind: TargetKind, observations: ProgressObservation[], upTo: Quarter): ProgressObservation[] {
  const byQuarter = new Map<number, ProgressObservation>();
  for (const o of observations) {
    if (!isInformative(kind, o) || compareQuarters(o, upTo) > 0) continue;
    byQuarter.set(quarterIndex(o), o);
  }
  return [...byQuarter.values()].sort(compareQuarters);
}

export const quarterOfObservation = (o: ProgressObservation): Quarter => ({ year: o.year, quarter: o.quarter });
