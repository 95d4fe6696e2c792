"use client";

import { useState } from "react";
import type { UnitOption } from "@/lib/dal/manage/task-units";
import { m } from "@/lib/i18n";
import type { FieldProps } from "./form-parts";
import { addRowButton, moveRow, rowButton } from "./row-list";

const u = m.manage.taskUnits;

export type UnitLink = { unitId: string; isLead: boolean };

/**
 * The lead and co-units of a task or target in the plan's order: role, move up and down,
 * remove, and add one of the options. Controlled: the form that holds it submits the links
 * (as JSON) and shows the error of the field `name`.
 */
export function UnitLinksEditor({ links, onChange, options, field, name, addLabel }: {
  links: UnitLink[];
  onChange: (next: (links: UnitLink[]) => UnitLink[]) => void;
  options: UnitOption[];
  field: FieldProps;
  name: string;
  addLabel: string;
}) {
  const [adding, setAdding] = useState("");
  const { control, Label, Error } = field;
  const byId = new Map(options.map((o) => [o.id, o]));
  const addable = options.filter((o) => !o.archived && !links.some((l) => l.unitId === o.id));
  return (
    <div className="space-y-3">
      {links.length === 0 ? (
        <p className="text-sm text-slate-500">{u.empty}</p>
      ) : (
        <ol className="divide-y divide-slate-100" aria-label={u.title}>
          {links.map((l, i) => {
            const unit = byId.get(l.unitId);
            return (
              <li key={l.unitId} className="flex flex-wrap items-center gap-2 py-2">
                <span className="w-5 text-xs text-slate-500 tabular-nums">{i + 1}.</span>
                <span className="min-w-[10rem] flex-1 text-sm text-slate-800">
                  {unit?.name ?? l.unitId}
                  {unit?.archived && <span className="text-xs text-slate-500">{u.archivedUnit}</span>}
                </span>
                <select
                  aria-label={`${u.unit(i + 1)} · ${u.role}`}
                  value={l.isLead ? "lead" : "co"}
                  onChange={(e) => onChange((ls) => ls.map((x, j) => (j === i ? { ...x, isLead: e.target.value === "lead" } : x)))}
                  className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
                >
                  <option value="lead">{u.lead}</option>
                  <option value="co">{u.co}</option>
                </select>
                <button type="button" className={rowButton} disabled={i === 0} onClick={() => onChange((ls) => moveRow(ls, i, -1))} aria-label={`${u.moveUp} ${unit?.name ?? ""}`}>
                  {u.moveUp}
                </button>
                <button type="button" className={rowButton} disabled={i === links.length - 1} onClick={() => onChange((ls) => moveRow(ls, i, 1))} aria-label={`${u.moveDown} ${unit?.name ?? ""}`}>
                  {u.moveDown}
                </button>
                <button type="button" className={rowButton} onClick={() => onChange((ls) => ls.filter((_, j) => j !== i))} aria-label={`${u.remove} ${unit?.name ?? ""}`}>
                  {u.remove}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <Error name={name} />
      <div className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-3">
        <div className="min-w-0 flex-1">
          <Label name={`${name}-add`} text={addLabel} />
          <select {...control(`${name}-add`)} name={undefined} value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{u.choose}</option>
            {addable.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}（{o.regionName}）
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!adding}
          onClick={() => {
            onChange((ls) => [...ls, { unitId: adding, isLead: !ls.some((x) => x.isLead) }]);
            setAdding("");
          }}
          className={addRowButton}
        >
          {addLabel}
        </button>
      </div>
    </div>
  );
}
