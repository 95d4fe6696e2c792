"use client";

import { createHospitalAction, updateHospitalAction } from "@/lib/actions/manage/hospitals";
import { HospitalKind, HospitalLevel, type RegionLevel } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { RecordForm } from "./record-form";
import { RegionOptions } from "./region-options";

const h = m.manage.hospitals;

export interface HospitalFormValues {
  code: string;
  name: string;
  shortName: string;
  aliases: string;
  level: string;
  kind: string;
  regionId: string;
}

/** Create or edit a hospital; an edit carries the hospital's updatedAt as loaded. */
export function HospitalForm({ initial, record, regions }: { initial: HospitalFormValues; record?: { id: string; updatedAt: string }; regions: { id: string; name: string; level: RegionLevel }[] }) {
  return (
    <RecordForm action={record ? updateHospitalAction : createHospitalAction} record={record} cancelHref="/manage/hospitals">
      {(f) => (
        <>
          {record
            ? f.fixed({ label: h.code, value: initial.code })
            : f.text({ name: "code", label: h.code, initial: initial.code, hint: h.codeHint, autoCapitalize: "characters", spellCheck: false, maxLength: 32 })}
          {f.text({ name: "name", label: h.name, initial: initial.name, maxLength: 80 })}
          {f.text({ name: "shortName", label: h.shortName, initial: initial.shortName, maxLength: 30 })}
          {f.text({ name: "aliases", label: h.aliases, initial: initial.aliases, hint: h.aliasesHint })}
          {f.select({ name: "kind", label: h.kind, initial: initial.kind, choose: h.chooseKind, options: Object.values(HospitalKind).map((k) => ({ value: k, label: m.manage.hospitalKinds[k] })) })}
          {f.select({ name: "level", label: h.level, initial: initial.level, choose: h.noLevel, options: Object.values(HospitalLevel).map((l) => ({ value: l, label: m.manage.hospitalLevels[l] })) })}
          {f.select({ name: "regionId", label: h.region, initial: initial.regionId, choose: h.chooseRegion, wide: true, children: <RegionOptions regions={regions} /> })}
        </>
      )}
    </RecordForm>
  );
}
