import type { AuditEventRecord } from "@/lib/dal/audit";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import { formatAuditTime } from "@/lib/export/audit";
import { m } from "@/lib/i18n";

/** One event as the table shows it: every text already formatted, so the client row only lays it out. */
export interface AuditEventView {
  id: string;
  time: string;
  user: string;
  role: string;
  regionName: string;
  ip: string;
  /** The Chinese label, or the raw code for an action this version does not know. */
  actionLabel: string;
  actionCode: string;
  entity: string;
  outcome: AuditOutcome;
  userAgent: string;
  before: string | null;
  after: string | null;
  detail: string | null;
}

const a = m.audit;
const pretty = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v, null, 2));

export function toAuditEventView(e: AuditEventRecord): AuditEventView {
  return {
    id: e.id,
    time: formatAuditTime(e.occurredAt),
    // As recorded: "system" for scripts, whatever was typed for a failed sign-in.
    user: e.username ?? a.unknownUser,
    role: e.role ? m.roles[e.role] : a.noValue,
    regionName: e.regionName ?? a.noValue,
    ip: e.ip ?? a.noValue,
    actionLabel: a.actions[e.action] ?? e.action,
    actionCode: e.action,
    entity: [e.entityType, e.entityId].filter(Boolean).join(" #") || a.noValue,
    outcome: e.outcome,
    userAgent: e.userAgent ?? a.noValue,
    before: pretty(e.before),
    after: pretty(e.after),
    detail: pretty(e.detail),
  };
}
