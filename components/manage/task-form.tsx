"use client";

import { createTaskAction, updateTaskAction } from "@/lib/actions/manage/tasks";
import { m } from "@/lib/i18n";
import { RecordForm } from "./record-form";
import { SourceFileOptions, type OwnDocument } from "./source-file-options";

const k = m.manage.tasks;

export interface TaskFormValues {
  code: string;
  number: string;
  title: string;
  text: string;
  sectionId: string;
  regionId: string;
  sourceFile: string;
  sourceQuote: string;
  sortOrder: string;
}

type Option = { id: string; label: string; archived: boolean };

const optionsOf = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.archived ? `${o.label}（${m.manage.common.archivedBadge}）` : o.label }));

/** Every field of a plan's task, as its published text numbers and words it. */
export function TaskForm(props: { planId: string; initial: TaskFormValues; sections: Option[]; regions: Option[]; ownDocument: OwnDocument; edit?: { id: string; updatedAt: string } }) {
  const { edit, initial } = props;
  // An edit has no cancel link: the task's page goes on below the form (units, targets).
  return (
    <RecordForm
      action={edit ? updateTaskAction : createTaskAction}
      record={edit}
      hidden={edit ? undefined : { planId: props.planId }}
      cancelHref={edit ? undefined : `/manage/plans/${props.planId}#tasks`}
    >
      {(f) => (
        <>
          {f.text({ name: "code", label: k.code, initial: initial.code, hint: k.codeHint, maxLength: 40, spellCheck: false })}
          {f.text({ name: "number", label: k.number, initial: initial.number, hint: k.numberHint, maxLength: 30 })}
          {f.text({ name: "title", label: k.titleField, initial: initial.title, wide: true, maxLength: 200 })}
          {f.textArea({ name: "text", label: k.text, initial: initial.text, hint: k.textHint, rows: 4 })}
          {f.select({ name: "sectionId", label: k.section, initial: initial.sectionId, choose: k.noSection, options: optionsOf(props.sections) })}
          {f.select({ name: "regionId", label: k.region, initial: initial.regionId, hint: k.regionHint, choose: k.noRegion, options: optionsOf(props.regions) })}
          {f.select({ name: "sourceFile", label: k.sourceFile, initial: initial.sourceFile, wide: true, children: <SourceFileOptions noneLabel={m.manage.plans.sourceFileNone} own={props.ownDocument} /> })}
          {f.textArea({ name: "sourceQuote", label: k.sourceQuote, initial: initial.sourceQuote, hint: k.sourceQuoteHint })}
          {f.text({ name: "sortOrder", label: k.sortOrder, initial: initial.sortOrder, hint: k.sortOrderHint, inputMode: "numeric" })}
        </>
      )}
    </RecordForm>
  );
}
