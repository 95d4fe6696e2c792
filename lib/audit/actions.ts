/**
 * The audit log's action codes: "<area>.<verb>", so an auditor can ask for a whole area with
 * a prefix ("user."). What happened is the action; how it ended is the event's outcome
 * (SUCCESS, FAILURE, DENIED): a failed sign-in is `auth.signIn` with outcome FAILURE, an
 * admin refused the audit log is `audit.view` with outcome DENIED. Record with these
 * constants so the auditor's page shows Chinese labels (lib/i18n/zh-CN.ts `audit.actions`);
 * any other code still records and shows as written.
 */
export const AUDIT_ACTIONS = {
  signIn: "auth.signIn",
  signOut: "auth.signOut",
  lockout: "auth.lockout",
  /** Too many failures from one address (answered 429). */
  throttled: "auth.throttled",
  totpEnrolmentStarted: "auth.totpEnrolmentStarted",
  totpEnrolled: "auth.totpEnrolled",
  userList: "user.list",
  userRead: "user.read",
  userCreate: "user.create",
  userUpdate: "user.update",
  userDisable: "user.disable",
  userEnable: "user.enable",
  userUnlock: "user.unlock",
  passwordReset: "user.passwordReset",
  passwordChange: "user.passwordChange",
  apiTokenCreate: "apiToken.create",
  apiTokenRevoke: "apiToken.revoke",
  reportSave: "report.save",
  reportSubmit: "report.submit",
  reportReturn: "report.return",
  reportApprove: "report.approve",
  reportCreate: "report.create",
  periodCreate: "period.create",
  periodOpen: "period.open",
  periodExtend: "period.extend",
  periodClose: "period.close",
  targetExport: "target.export",
  reportExport: "report.export",
  planCreate: "plan.create",
  planImport: "plan.import",
  targetUpdate: "target.update",
  targetArchive: "target.archive",
  assignmentCreate: "assignment.create",
  assignmentArchive: "assignment.archive",
  hospitalCreate: "hospital.create",
  hospitalUpdate: "hospital.update",
  hospitalArchive: "hospital.archive",
  hospitalRestore: "hospital.restore",
  planUpdate: "plan.update",
  planArchive: "plan.archive",
  planRestore: "plan.restore",
  sectionCreate: "section.create",
  sectionUpdate: "section.update",
  sectionArchive: "section.archive",
  sectionRestore: "section.restore",
  taskCreate: "task.create",
  taskUpdate: "task.update",
  taskArchive: "task.archive",
  taskRestore: "task.restore",
  taskUnitsSet: "task.unitsSet",
  unitCreate: "unit.create",
  unitUpdate: "unit.update",
  unitArchive: "unit.archive",
  unitRestore: "unit.restore",
  specialtyCreate: "specialty.create",
  specialtyUpdate: "specialty.update",
  specialtyArchive: "specialty.archive",
  specialtyRestore: "specialty.restore",
  designationCreate: "designation.create",
  designationUpdate: "designation.update",
  designationArchive: "designation.archive",
  designationRestore: "designation.restore",
  regionCreate: "region.create",
  regionUpdate: "region.update",
  regionArchive: "region.archive",
  regionRestore: "region.restore",
  targetCreate: "target.create",
  targetRestore: "target.restore",
  /** A plan's published text entered or replaced by staff (SourceDocument). */
  planDocumentSet: "plan.documentSet",
  /** A refusal that has no better code of its own (a page or record outside the user's scope). */
  accessDenied: "access.denied",
  auditView: "audit.view",
  auditExport: "audit.export",
  auditVerify: "audit.verify",
} as const;

export type KnownAuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

/** The areas offered as prefix filters, in the order the filter lists them. */
export const AUDIT_ACTION_AREAS = ["auth.", "user.", "report.", "target.", "access.", "audit."] as const;
export type AuditActionArea = (typeof AUDIT_ACTION_AREAS)[number];
