import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";

const STYLE: Record<AuditOutcome, { className: string; icon: React.ReactNode }> = {
  SUCCESS: { className: "text-ok", icon: <path d="M5 12.5l4.5 4.5L19 7.5" /> },
  FAILURE: { className: "text-bad", icon: <path d="M7 7l10 10M17 7L7 17" /> },
  DENIED: { className: "text-warn", icon: <><circle cx="12" cy="12" r="8" /><path d="M6.5 17.5l11-11" /></> },
};

/** The outcome as an icon and a word, so it never rests on colour alone. */
export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  const { className, icon } = STYLE[outcome];
  return (
    <span className={`inline-flex items-center gap-1 text-sm font-medium whitespace-nowrap ${className}`}>
      <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
        {icon}
      </svg>
      {m.audit.outcomes[outcome]}
    </span>
  );
}
