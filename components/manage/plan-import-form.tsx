"use client";

import type { RegionOption } from "@/lib/dal/region-options";
import Link from "next/link";
import { useActionState, useId } from "react";
import { Card } from "@/components/ui/card";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { importPlanAction } from "@/lib/actions/manage/import-plan";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, ProblemList, useFieldProps } from "./form-parts";
import { emptyPlanFields, PlanFields } from "./plan-fields";

const i = m.manage.import;

/** A plan that exists, to import into: its title and whether its quotes will be checked against its text. */
export interface ImportIntoPlan {
  id: string;
  title: string;
  textChecked: boolean;
}

/** The new plan's facts (or the plan to import into) and the filled-in workbook; row problems are listed one per line. */
export function PlanImportForm({ regions, into }: { regions: Pick<RegionOption, "id" | "name" | "level">[]; into?: ImportIntoPlan }) {
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
      <ProblemList problems={state.problems} />
      {into ? (
        <Card title={i.intoPlanCard}>
          <input type="hidden" name="planId" value={into.id} />
          <p className="font-medium text-slate-900">{into.title}</p>
          <p className={`mt-1 text-sm ${into.textChecked ? "text-slate-600" : "text-warn"}`}>{into.textChecked ? i.intoTextChecked : i.intoTextUnchecked}</p>
        </Card>
      ) : (
        <Card title={i.planCard}>
          <PlanFields field={field} initial={emptyPlanFields(regions)} regions={regions} editing={false} />
        </Card>
      )}
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
