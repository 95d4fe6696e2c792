"use client";

import type { RegionOption } from "@/lib/dal/region-options";
import Link from "next/link";
import { useActionState, useId } from "react";
import { Card } from "@/components/ui/card";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { importPlanAction } from "@/lib/actions/manage/import-plan";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, useFieldProps } from "./form-parts";
import { emptyPlanFields, PlanFields } from "./plan-fields";

const i = m.manage.import;

/** The plan's facts and the filled-in workbook; row problems are listed one per line. */
export function PlanImportForm({ regions }: { regions: Pick<RegionOption, "id" | "name" | "level">[] }) {
  const [state, action, pending] = useActionState(importPlanAction, initialManageFormState);
  const field = useFieldProps(useId(), state);
  const { control, Label, Error } = field;
  if (state.ok && state.planCode) {
    return (
      <div className="space-y-3">
        <FormStatus state={state} />
        <Link href={`/plans/${state.planCode}`} className={`inline-block ${primaryButton}`}>
          {i.viewPlan}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      {state.problems && state.problems.length > 0 && (
        <ul className="max-h-80 list-disc space-y-1 overflow-auto rounded-md border border-bad/30 bg-red-50/50 py-2 pr-3 pl-7 text-sm text-bad">
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <Card title={i.planCard}>
        <PlanFields field={field} initial={emptyPlanFields(regions)} regions={regions} editing={false} />
      </Card>
      <Card title={i.fileCard}>
        <Label name="file" text={i.file} />
        <input {...control("file")} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1 block w-full text-sm" />
        <Error name="file" />
      </Card>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? i.uploading : i.upload}
      </button>
    </form>
  );
}
