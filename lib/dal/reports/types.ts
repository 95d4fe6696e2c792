import type { Comparator, PeriodStatus, ReportStatus, TargetKind } from "../../generated/prisma/enums";

/** One target on a reporter's form, with its last approved and current values (Decimals as strings). */
export interface ReportFormItem {
  assignmentId: string;
  targetId: string;
  planCode: string;
  planTitle: string;
  taskCode: string;
  taskTitle: string;
  targetCode: string;
  metric: string;
  comparator: Comparator;
  value: string | null;
  valueHigh: string | null;
  unit: string;
  deadlineYear: number;
  kind: TargetKind;
  sourceQuote: string;
  shareValue: string | null;
  lastApproved: { value: string | null; milestoneDone: boolean | null; year: number; quarter: number } | null;
  current: { value: string | null; milestoneDone: boolean | null; milestoneDate: string | null; note: string | null };
}

export interface ReportForm {
  report: {
    id: string;
    status: ReportStatus;
    version: number;
    periodId: string;
    periodLabel: string;
    periodStatus: PeriodStatus;
    deadline: Date;
    /** The hospital or unit the report is for. */
    reporterName: string;
    returnReason: string | null;
    submittedAt: Date | null;
    reviewedAt: Date | null;
    reviewerName: string | null;
    /** True when the acting user may change it now (own report, editable status, open period). */
    editable: boolean;
  };
  items: ReportFormItem[];
  progress: string;
  problems: string;
  nextSteps: string;
}
