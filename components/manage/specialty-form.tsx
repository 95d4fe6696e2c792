"use client";

import { createSpecialtyAction, updateSpecialtyAction } from "@/lib/actions/manage/specialties";
import { SpecialtyCategory } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { RecordForm } from "./record-form";

const s = m.manage.specialties;

/** Create or edit a specialty of the shared catalogue. */
export function SpecialtyForm({ initial, record }: { initial: { name: string; category: string }; record?: { id: string; updatedAt: string } }) {
  return (
    <RecordForm action={record ? updateSpecialtyAction : createSpecialtyAction} record={record} cancelHref="/manage/specialties">
      {(f) => (
        <>
          {f.text({ name: "name", label: s.name, initial: initial.name, maxLength: 40 })}
          {f.select({ name: "category", label: s.category, initial: initial.category, choose: s.chooseCategory, options: Object.values(SpecialtyCategory).map((c) => ({ value: c, label: m.manage.specialtyCategories[c] })) })}
        </>
      )}
    </RecordForm>
  );
}
