import type { ManageFormState } from "@/lib/actions/manage/form-state";
import { formatDateTime, m } from "@/lib/i18n";
import { ArchiveButton } from "./archive-button";

type Action = (state: ManageFormState, data: FormData) => Promise<ManageFormState>;

/**
 * A record's 状态 panel: in use, with 归档 behind a confirmation; or archived since when, with
 * 恢复 (also confirmed). Archiving never deletes: history and references stay.
 */
export function ArchiveStatus(props: {
  id: string;
  archivedAt: Date | null;
  active: string;
  archivedNote: (at: string) => string;
  archive: { action: Action; title: string; body: string };
  restore: { action: Action; title: string; body: string };
}) {
  const c = m.manage.common;
  return props.archivedAt ? (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{c.archivedBadge}</span>
        {props.archivedNote(formatDateTime(props.archivedAt))}
      </p>
      <ArchiveButton tone="neutral" action={props.restore.action} id={props.id} label={m.manage.restore.label} title={props.restore.title} body={props.restore.body} />
    </div>
  ) : (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{props.active}</p>
      <ArchiveButton action={props.archive.action} id={props.id} label={c.archive} title={props.archive.title} body={props.archive.body} />
    </div>
  );
}
