import type { UserDetail } from "@/lib/dal/user-directory";
import { formatDateTime, m } from "@/lib/i18n";
import { UserStatusBadge } from "./user-status-badge";

const c = m.users.columns;
const d = m.users.detail;

/** The account's security facts: status, sign-ins, password age, lockout, second factor. */
export function UserSecurityFacts({ user }: { user: UserDetail }) {
  const when = (date: Date | null, none: string = d.none) => (date ? formatDateTime(date) : none);
  const facts: [string, React.ReactNode][] = [
    [c.status, <UserStatusBadge key="status" status={user.status} />],
    [c.lastLoginAt, when(user.lastLoginAt, m.users.neverSignedIn)],
    [d.lastLoginIp, user.lastLoginIp ?? d.none],
    [d.passwordChangedAt, when(user.passwordChangedAt)],
    [d.mustChangePassword, user.mustChangePassword ? d.yes : d.no],
    [d.failedLoginCount, String(user.failedLoginCount)],
    ...(user.status === "LOCKED" ? [[d.lockedUntil, when(user.lockedUntil)] as [string, React.ReactNode]] : []),
    [c.totp, user.totpEnrolled ? m.users.totpEnrolled : m.users.totpNotEnrolled],
    [d.createdAt, formatDateTime(user.createdAt)],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="text-slate-900 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
