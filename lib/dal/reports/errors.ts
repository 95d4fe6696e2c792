import { AppError } from "../../errors";
import { m } from "../../i18n";
import type { ReportForm } from "./types";

/** A save or submit based on an older version: carries what is stored now, so the UI can show the other person's changes. */
export class ReportConflictError extends AppError {
  constructor(readonly current: ReportForm) {
    super("CONFLICT", m.reports.errors.stale);
    this.name = "ReportConflictError";
  }
}

/** Field-by-field refusals, keyed `<assignmentId>.<field>` or a narrative field name, in Chinese. */
export class ReportValidationError extends AppError {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("INVALID", m.reports.form.errorSummary);
    this.name = "ReportValidationError";
  }
}

/** Thrown inside a transaction when its conditional UPDATE matched no row: rolls it back. */
export class LostRace extends Error {}
