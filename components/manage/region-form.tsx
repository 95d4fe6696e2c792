"use client";

import { createRegionAction, updateRegionAction } from "@/lib/actions/manage/regions";
import { CHILD_LEVELS, REGION_LEVEL_RANK } from "@/lib/domain/region-code";
import type { RegionLevel } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { RecordForm } from "./record-form";
import { RegionOptions } from "./region-options";

const r = m.manage.regions;

const levelOptions = (levels: RegionLevel[]) => levels.map((l) => ({ value: l, label: m.manage.regionLevels[l] }));

/** The levels a child of any offered parent may have, highest first: 省级 only for someone who sees 全国. */
const childLevels = (parents: { level: RegionLevel }[]) => [...new Set(parents.flatMap((p) => CHILD_LEVELS[p.level]))].sort((a, b) => REGION_LEVEL_RANK[a] - REGION_LEVEL_RANK[b]);

/**
 * A new region under a parent of the subtree. Only regions that may have children are
 * offered as parents; the path is computed by the server from the parent and the code.
 */
export function RegionCreateForm({ parents, parentId }: { parents: { id: string; name: string; level: RegionLevel }[]; parentId: string }) {
  const parent = parents.find((p) => p.id === parentId);
  // Preselected when the parent allows one level only (a city's children are counties).
  const onlyLevel = parent && CHILD_LEVELS[parent.level].length === 1 ? CHILD_LEVELS[parent.level][0] : "";
  return (
    <RecordForm action={createRegionAction} cancelHref="/manage/regions">
      {(f) => (
        <>
          {f.select({ name: "parentId", label: r.parent, initial: parentId, choose: r.chooseParent, wide: true, children: <RegionOptions regions={parents} /> })}
          {f.text({ name: "code", label: r.code, initial: "", hint: r.codeHint, inputMode: "numeric", maxLength: 6, spellCheck: false })}
          {f.text({ name: "name", label: r.name, initial: "", maxLength: 40 })}
          {f.select({ name: "level", label: r.level, initial: onlyLevel, choose: r.chooseLevel, options: levelOptions(childLevels(parents)) })}
          {f.text({ name: "sortOrder", label: r.sortOrder, initial: "", hint: r.sortOrderHint, inputMode: "numeric", maxLength: 4 })}
        </>
      )}
    </RecordForm>
  );
}

/** Name and order only; code, level and parent are shown with why they cannot change. */
export function RegionEditForm({ region }: { region: { id: string; updatedAt: string; code: string; name: string; level: RegionLevel; parentName: string | null; path: string; sortOrder: number } }) {
  return (
    <RecordForm action={updateRegionAction} record={{ id: region.id, updatedAt: region.updatedAt }} cancelHref="/manage/regions">
      {(f) => (
        <>
          {f.text({ name: "name", label: r.name, initial: region.name, maxLength: 40 })}
          {f.text({ name: "sortOrder", label: r.sortOrder, initial: String(region.sortOrder), hint: r.sortOrderHint, inputMode: "numeric", maxLength: 4 })}
          <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50/60 p-4 sm:col-span-2">
            <p className="text-sm font-medium text-slate-800">{r.immutableTitle}</p>
            <p className="text-xs leading-relaxed text-slate-600">{r.immutableBody}</p>
            <div className="grid gap-3 sm:grid-cols-2">
              {f.fixed({ label: r.code, value: region.code })}
              {f.fixed({ label: r.level, value: m.manage.regionLevels[region.level] })}
              {f.fixed({ label: r.parent, value: region.parentName ?? "—" })}
              {f.fixed({ label: r.path, value: region.path })}
            </div>
          </div>
        </>
      )}
    </RecordForm>
  );
}
