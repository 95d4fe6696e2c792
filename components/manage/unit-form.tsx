"use client";

import { createUnitAction, updateUnitAction } from "@/lib/actions/manage/units";
import { UnitKind, type RegionLevel } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { RecordForm } from "./record-form";
import { RegionOptions } from "./region-options";

const u = m.manage.units;

export interface UnitFormValues {
  name: string;
  fullName: string;
  kind: string;
  regionId: string;
}

/** Create or edit a responsible unit; an edit carries the unit's updatedAt as loaded. */
export function UnitForm({ initial, record, regions }: { initial: UnitFormValues; record?: { id: string; updatedAt: string }; regions: { id: string; name: string; level: RegionLevel }[] }) {
  return (
    <RecordForm action={record ? updateUnitAction : createUnitAction} record={record} cancelHref="/manage/units">
      {(f) => (
        <>
          {f.text({ name: "name", label: u.name, initial: initial.name, hint: u.nameHint, maxLength: 60 })}
          {f.text({ name: "fullName", label: u.fullName, initial: initial.fullName, maxLength: 120 })}
          {f.select({ name: "kind", label: u.kind, initial: initial.kind, choose: u.chooseKind, options: Object.values(UnitKind).map((k) => ({ value: k, label: m.manage.unitKinds[k] })) })}
          {f.select({ name: "regionId", label: u.region, initial: initial.regionId, choose: m.manage.records.chooseRegion, children: <RegionOptions regions={regions} /> })}
        </>
      )}
    </RecordForm>
  );
}
