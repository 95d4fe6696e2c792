import { formatDateTime, m } from "@/lib/i18n";
import type { SaveState } from "./use-report-autosave";

const f = m.reports.form;

/** Tells the user what is saved and what is not (aria-live, so a screen reader hears it too). */
export function SaveStatus({ state, savedAt }: { state: SaveState; savedAt: Date | null }) {
  const text =
    state === "saving" ? f.saving
    : state === "error" ? f.saveFailed
    : state === "invalid" ? f.invalidUnsaved
    : state === "conflict" ? f.stale
    : state === "dirty" ? f.unsaved
    : savedAt ? f.saved(formatDateTime(savedAt))
    : "";
  const tone = state === "error" || state === "conflict" ? "text-bad" : state === "invalid" || state === "dirty" ? "text-warn" : "text-slate-600";
  return (
    <p role="status" aria-live="polite" className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}
