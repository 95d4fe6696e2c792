import Link from "next/link";

export interface PaginationLabels {
  label: string;
  previous: string;
  next: string;
  page: (page: number, pages: number) => string;
}

/** Previous / next links around "page x of y"; an end shows as plain text, not a dead link. */
export function Pagination({ page, pageCount, hrefFor, labels }: { page: number; pageCount: number; hrefFor: (page: number) => string; labels: PaginationLabels }) {
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50";
  const dead = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400";
  return (
    <nav aria-label={labels.label} className="flex items-center justify-between gap-3 sm:justify-end">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link}>
          {labels.previous}
        </Link>
      ) : (
        <span className={dead}>{labels.previous}</span>
      )}
      <span className="text-sm text-slate-600 tabular-nums" aria-current="page">
        {labels.page(page, pageCount)}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {labels.next}
        </Link>
      ) : (
        <span className={dead}>{labels.next}</span>
      )}
    </nav>
  );
}
