import type { UserStatus } from "@/lib/domain/user-status";
import { m } from "@/lib/i18n";

const TONE: Record<UserStatus, string> = {
  ACTIVE: "bg-green-50 text-ok ring-ok/30",
  DISABLED: "bg-slate-100 text-slate-600 ring-slate-300",
  LOCKED: "bg-amber-50 text-warn ring-warn/30",
};

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONE[status]}`}>{m.users.status[status]}</span>;
}
