"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveReportDraftAction } from "@/lib/actions/reports/save-report-draft";
import type { ReportForm } from "@/lib/dal/reports/types";
import { checkDraft, draftOf, readLocal, sameDraft, saveInput, writeLocal, type FormDraft } from "./form-state";

export type SaveState = "saved" | "dirty" | "saving" | "error" | "invalid" | "conflict";

const DEBOUNCE_MS = 1500;
const RETRY_MS = 10_000;

/**
 * The form's memory (issue #5, "nothing ever lost"): every keystroke goes to localStorage at
 * once; a debounced save sends it to the server with the version it was based on. A network
 * error keeps the input and retries; a stale version stops and shows the conflict.
 */
export function useReportAutosave(form: ReportForm, editable: boolean) {
  const reportId = form.report.id;
  const [draft, setDraftState] = useState<FormDraft>(() => draftOf(form));
  const [version, setVersion] = useState(form.report.version);
  const [saved, setSaved] = useState<FormDraft>(() => draftOf(form));
  const [state, setState] = useState<SaveState>("saved");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<ReportForm | null>(null);
  const [restored, setRestored] = useState(false);
  const inFlight = useRef(false);
  const latest = useRef({ draft, version });
  useEffect(() => {
    latest.current = { draft, version };
  }, [draft, version]);

  // A copy left by a closed tab or an expired session comes back on the next visit. It is
  // read after hydration (localStorage does not exist on the server), hence the effect.
  useEffect(() => {
    if (!editable) return writeLocal(reportId, null);
    const local = readLocal(reportId);
    if (!local || sameDraft(local.draft, draftOf(form))) return;
    /* eslint-disable react-hooks/set-state-in-effect */
    setDraftState(local.draft);
    setVersion(local.baseVersion);
    setState("dirty");
    setRestored(true);
    /* eslint-enable react-hooks/set-state-in-effect */
    // Only on mount: later changes come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setDraft = useCallback(
    (next: FormDraft) => {
      setDraftState(next);
      latest.current = { ...latest.current, draft: next };
      setState("dirty");
      writeLocal(reportId, { baseVersion: version, draft: next, at: new Date().toISOString() });
    },
    [reportId, version],
  );

  const save = useCallback(async (overVersion?: number): Promise<number | null> => {
    const { draft: current } = latest.current;
    const base = overVersion ?? latest.current.version;
    const problems = checkDraft(form, current, "draft");
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setState("invalid");
      return null;
    }
    if (inFlight.current) return null;
    inFlight.current = true;
    setState("saving");
    try {
      const result = await saveReportDraftAction(saveInput(reportId, base, current));
      if (result.ok && result.version) {
        setVersion(result.version);
        setSaved(current);
        setSavedAt(new Date());
        setConflict(null);
        const changedMeanwhile = !sameDraft(latest.current.draft, current);
        setState(changedMeanwhile ? "dirty" : "saved");
        writeLocal(reportId, changedMeanwhile ? { baseVersion: result.version, draft: latest.current.draft, at: new Date().toISOString() } : null);
        return result.version;
      }
      if (result.conflict) {
        setConflict(result.conflict);
        setState("conflict");
      } else if (result.fieldErrors) {
        setErrors(result.fieldErrors);
        setState("invalid");
      } else setState("error");
      return null;
    } catch {
      // Offline or the server is down: the input stays here and in localStorage.
      setState("error");
      return null;
    } finally {
      inFlight.current = false;
    }
  }, [form, reportId]);

  useEffect(() => {
    if (!editable || state === "conflict" || state === "saving") return;
    if (state === "dirty") {
      const t = setTimeout(() => void save(), DEBOUNCE_MS);
      return () => clearTimeout(t);
    }
    if (state === "error") {
      const t = setTimeout(() => void save(), RETRY_MS);
      return () => clearTimeout(t);
    }
  }, [draft, state, editable, save]);

  /** After a conflict: save the user's input over the stored version they have now seen. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    const v = conflict.report.version;
    setVersion(v);
    latest.current.version = v;
    setConflict(null);
    void save(v);
  }, [conflict, save]);

  /** After a conflict: drop the user's input and continue from the stored version. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const stored = draftOf(conflict);
    setDraftState(stored);
    setSaved(stored);
    setVersion(conflict.report.version);
    setConflict(null);
    setState("saved");
    writeLocal(reportId, null);
  }, [conflict, reportId]);

  const dirty = !sameDraft(draft, saved) || state === "dirty";
  return { draft, setDraft, version, state, savedAt, errors, setErrors, conflict, restored, dirty, save, keepMine, takeTheirs };
}
