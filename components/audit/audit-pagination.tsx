import Link from "next/link";
import { m } from "@/lib/i18n";

const p = m.audit.pagination;

/**
 * Newer / older pages by keyset cursor. Links are not prefetched: opening a page of the log
 * is an audited view, and a prefetch is no view.
 */
export function AuditPagination({ newest, newer, older }: { newest: string | null; newer: string | null; older: string | null }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={p.label} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex gap-2">
        {newest && <PageLink href={newest}>{p.newest}</PageLink>}
        <PageLink href={newer}>‹ {p.newer}</PageLink>
      </div>
      <PageLink href={older}>{p.older} ›</PageLink>
    </nav>
  );
}

function PageLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  const base = "rounded-md border px-3 py-1.5 text-sm";
  if (!href)
    return (
      <span aria-disabled="true" className={`${base} border-slate-200 text-slate-400`}>
        {children}
      </span>
    );
  return (
    <Link href={href} prefetch={false} className={`${base} border-slate-300 bg-white text-brand-700 hover:bg-brand-50`}>
      {children}
    </Link>
  );
}
