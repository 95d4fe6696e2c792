import Link from "next/link";
import { restoreTargetAction } from "@/lib/actions/manage/targets";
import type { ManagedTask } from "@/lib/dal/manage/tasks";
import { m } from "@/lib/i18n";
import { ArchiveButton } from "./archive-button";
import { ArchivedTag } from "./list-controls";

const k = m.manage.tasks;

/** A task's targets, archived ones too: live ones open for editing, archived ones can be restored. */
export function TaskTargets({ task, editable }: { task: ManagedTask; editable: boolean }) {
  return (
    <div className="space-y-3">
      {task.targets.length === 0 ? (
        <p className="text-sm text-slate-500">{k.noTargets}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={k.targetsCard}>
          {task.targets.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0 text-sm">
                <span className="mr-2 font-mono text-xs text-slate-500">{t.code}</span>
                {t.archivedAt ? (
                  <span className="text-slate-600">{t.metric}</span>
                ) : (
                  <Link href={`/targets/${t.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                    {t.metric}
                  </Link>
                )}
                {t.archivedAt && <ArchivedTag />}
              </span>
              {editable &&
                (t.archivedAt ? (
                  <ArchiveButton compact tone="neutral" action={restoreTargetAction} id={t.id} label={m.manage.restore.label} title={k.restoreTargetTitle} body={k.restoreTargetBody(t.code)} />
                ) : (
                  <Link href={`/manage/targets/${t.id}`} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 hover:bg-slate-50">
                    {k.editTarget}
                  </Link>
                ))}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <Link href={`/manage/targets/new?task=${task.id}`} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
          {k.addTarget}
        </Link>
      )}
    </div>
  );
}
