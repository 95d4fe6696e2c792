"use client";

import { createSectionAction, updateSectionAction } from "@/lib/actions/manage/sections";
import { m } from "@/lib/i18n";
import { RecordForm } from "./record-form";
import { SourceFileOptions, type OwnDocument } from "./source-file-options";

const s = m.manage.sections;

export interface SectionFormValues {
  code: string;
  title: string;
  parentId: string;
  sortOrder: string;
  sourceFile: string;
}

/** A plan's attachment or chapter: code, title, where it hangs, its order and its document. */
export function SectionForm(props: {
  planId: string;
  initial: SectionFormValues;
  parents: { id: string; title: string; depth: number }[];
  ownDocument: OwnDocument;
  edit?: { id: string; updatedAt: string };
}) {
  const { edit, initial } = props;
  return (
    <RecordForm
      action={edit ? updateSectionAction : createSectionAction}
      record={edit}
      hidden={edit ? undefined : { planId: props.planId }}
      cancelHref={`/manage/plans/${props.planId}#sections`}
      cancelLabel={edit ? s.backToPlan : undefined}
    >
      {(f) => (
        <>
          {f.text({ name: "code", label: s.code, initial: initial.code, hint: s.codeHint, maxLength: 32, autoCapitalize: "characters", spellCheck: false })}
          {f.text({ name: "sortOrder", label: s.sortOrder, initial: initial.sortOrder, hint: s.sortOrderHint, inputMode: "numeric" })}
          {f.text({ name: "title", label: s.titleField, initial: initial.title, wide: true, maxLength: 200 })}
          {f.select({ name: "parentId", label: s.parent, initial: initial.parentId, choose: s.noParent, options: props.parents.map((x) => ({ value: x.id, label: `${"　".repeat(x.depth)}${x.title}` })) })}
          {f.select({ name: "sourceFile", label: s.sourceFile, initial: initial.sourceFile, children: <SourceFileOptions noneLabel={m.manage.plans.sourceFileNone} own={props.ownDocument} /> })}
        </>
      )}
    </RecordForm>
  );
}
