import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session-user";
import { listNotifications, type Notice } from "@/lib/dal/reports";
import { m } from "@/lib/i18n";

const n = m.reports.notifications;
const TONE: Record<Notice["tone"], string> = { info: "bg-brand-600", warn: "bg-warn", bad: "bg-bad" };

/** The header's notification area (issue #5): a bell with a count and a short list. */
export async function NotificationBell({ user, className = "" }: { user: SessionUser; className?: string }) {
  let notices: Notice[] = [];
  try {
    notices = await listNotifications(user);
  } catch (e) {
    // The header must render even when the notices cannot be read.
    console.error("notifications failed", e);
  }
  if (user.role !== "STAFF" && user.role !== "HOSPITAL_REPORTER" && user.role !== "UNIT_REPORTER") return null;
  return (
    <details className={`group relative ${className}`}>
      <summary aria-label={`${n.label}${notices.length ? `（${notices.length}）` : ""}`}
        className="relative flex h-10 w-10 cursor-pointer list-none items-center justify-center rounded hover:bg-white/10 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8M10 20a2 2 0 0 0 4 0" />
        </svg>
        {notices.length > 0 && <span className="absolute right-1 top-1 min-w-4 rounded-full bg-amber-400 px-1 text-center text-[10px] font-bold leading-4 text-amber-950">{notices.length}</span>}
      </summary>
      <div className="absolute right-0 top-12 z-40 w-72 rounded-md bg-white p-2 text-sm text-slate-800 shadow-lg ring-1 ring-slate-200">
        <p className="px-2 py-1 text-xs font-medium text-slate-500">{n.label}</p>
        {notices.length === 0 ? <p className="px-2 py-2 text-slate-500">{n.empty}</p> : (
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>
                <Link href={notice.href} className="flex items-start gap-2 rounded px-2 py-2 hover:bg-slate-100">
                  <span aria-hidden className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${TONE[notice.tone]}`} />
                  {notice.text}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
