import { Card } from "@/components/ui/card";
import type { ManageFormState } from "@/lib/actions/manage/form-state";
import { formatDateTime, m } from "@/lib/i18n";
import { ArchiveButton } from "./archive-button";

type Action = (state: ManageFormState, data: FormData) => Promise<ManageFormState>;

const r = m.manage.records;

/**
 * A record's state with the one button that changes it: 归档 for an active record, 恢复 for an
 * archived one, each behind a confirmation. The state is said in words, not only by colour.
 */
export function RecordStatus(props: {
  id: string;
  archivedAt: Date | null;
  archive: { action: Action; title: string; body: string };
  restore: { action: Action; title: string; body: string };
  children?: React.ReactNode;
}) {
  const archived = props.archivedAt !== null;
  return (
    <Card title={r.status}>
      <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${archived ? "bg-slate-200 text-slate-700" : "bg-green-50 text-ok"}`}>{archived ? m.manage.common.archivedBadge : r.active}</span>
        {props.archivedAt && <span>{r.archivedOn(formatDateTime(props.archivedAt))}</span>}
      </p>
      {props.children}
      {archived ? (
        <ArchiveButton key="restore" tone="neutral" action={props.restore.action} id={props.id} label={r.restore} title={props.restore.title} body={props.restore.body} />
      ) : (
        <ArchiveButton key="archive" action={props.archive.action} id={props.id} label={m.manage.common.archive} title={props.archive.title} body={props.archive.body} />
      )}
    </Card>
  );
}
