"use client";

import { createDesignationAction, updateDesignationAction } from "@/lib/actions/manage/specialties";
import { DesignationLevel, DesignationStatus } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { RecordForm } from "./record-form";

const d = m.manage.designations;

export interface DesignationFormValues {
  hospitalId: string;
  specialtyId: string;
  level: string;
  status: string;
  programme: string;
  planId: string;
  taskCode: string;
  sourceFile: string;
  sourceQuote: string;
}

interface Options {
  hospitals: { id: string; name: string }[];
  specialties: { id: string; name: string }[];
  plans: { id: string; shortTitle: string }[];
  sourceFiles: { file: string; label: string }[];
}

/** Create or edit a specialty designation; plan, task and source are optional, a quote from a bundled document is checked verbatim. */
export function DesignationForm({ initial, record, options }: { initial: DesignationFormValues; record?: { id: string; updatedAt: string }; options: Options }) {
  return (
    <RecordForm action={record ? updateDesignationAction : createDesignationAction} record={record} cancelHref="/manage/specialties/designations">
      {(f) => (
        <>
          {f.select({ name: "hospitalId", label: d.hospital, initial: initial.hospitalId, choose: d.chooseHospital, wide: true, options: options.hospitals.map((h) => ({ value: h.id, label: h.name })) })}
          {f.select({ name: "specialtyId", label: d.specialty, initial: initial.specialtyId, choose: d.chooseSpecialty, options: options.specialties.map((s) => ({ value: s.id, label: s.name })) })}
          {f.text({ name: "programme", label: d.programme, initial: initial.programme, hint: d.programmeHint, maxLength: 60 })}
          {f.select({ name: "level", label: d.level, initial: initial.level, choose: d.chooseLevel, options: Object.values(DesignationLevel).map((l) => ({ value: l, label: m.manage.designationLevels[l] })) })}
          {f.select({ name: "status", label: d.status, initial: initial.status, choose: d.chooseStatus, options: Object.values(DesignationStatus).map((s) => ({ value: s, label: m.manage.designationStatuses[s] })) })}
          {f.select({ name: "planId", label: d.plan, initial: initial.planId, choose: d.noPlan, options: options.plans.map((p) => ({ value: p.id, label: p.shortTitle })) })}
          {f.text({ name: "taskCode", label: d.task, initial: initial.taskCode, hint: d.taskHint, maxLength: 40, spellCheck: false })}
          {f.select({ name: "sourceFile", label: d.sourceFile, initial: initial.sourceFile, choose: d.sourceFileNone, wide: true, options: options.sourceFiles.map((s) => ({ value: s.file, label: s.label })) })}
          {f.textArea({ name: "sourceQuote", label: d.sourceQuote, initial: initial.sourceQuote, hint: d.sourceQuoteHint })}
        </>
      )}
    </RecordForm>
  );
}
