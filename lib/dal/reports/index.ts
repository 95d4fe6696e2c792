/** Quarterly progress reporting (issue #5): the reporter's form, review, completeness. */
export { listMyPeriods, getReportForm, getOrCreateReport, type MyPeriod } from "./reporter";
export { saveReportDraft } from "./save";
export { submitReport, type SubmitResult } from "./submit";
export { reviewReports, type ReviewOutcome } from "./review";
export { listReviewQueue, listReportTransitions, listRegionPeriods, type ReviewQueueRow, type ReportTransitionRow } from "./queue";
export { listValueHistory, listValueHistories, type ValueHistoryRow } from "./history";
export { getCompleteness, requireCompleteness, type Completeness, type CompletenessRow } from "./completeness";
export { listNotifications, type Notice } from "./notifications";
export { ReportConflictError, ReportValidationError } from "./errors";
export type { ReportForm, ReportFormItem } from "./types";
