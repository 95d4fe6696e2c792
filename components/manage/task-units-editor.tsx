"use client";

import Link from "next/link";
import { useActionState, useId, useState } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { setTaskUnitsAction } from "@/lib/actions/manage/tasks";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, useFieldProps } from "./form-parts";

const u = m.manage.taskUnits;
const small = "rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-40";

export interface UnitOption {
  id: string;
  name: string;
  regionName: string;
  archived: boolean;
}

type UnitLink = { unitId: string; isLead: boolean };

/**
 * The task's lead and co-units in the plan's order, edited as a whole and saved in one write
 * that replaces the stored set. It carries the set it was loaded with, so a save over someone
 * else's change is refused instead of silently undoing it.
 */
export function TaskUnitsEditor({ taskId, initial, loaded, options }: { taskId: string; initial: UnitLink[]; loaded: string; options: UnitOption[] }) {
  const [state, action, pending] = useActionState(setTaskUnitsAction, initialManageFormState);
  const [links, setLinks] = useState<UnitLink[]>(initial);
  const [adding, setAdding] = useState("");
  const { control, Label, Error } = useFieldProps(useId(), state);
  const byId = new Map(options.map((o) => [o.id, o]));
  const addable = options.filter((o) => !o.archived && !links.some((l) => l.unitId === o.id));
  const move = (i: number, by: -1 | 1) => setLinks((ls) => {
    const next = [...ls];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    return next;
  });
  return (
    <form onSubmit={keepValuesOnSubmit(action)} className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="loaded" value={state.token ?? loaded} />
      <input type="hidden" name="units" value={JSON.stringify(links)} />
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
                  onChange={(e) => setLinks((ls) => ls.map((x, j) => (j === i ? { ...x, isLead: e.target.value === "lead" } : x)))}
                  className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
                >
                  <option value="lead">{u.lead}</option>
                  <option value="co">{u.co}</option>
                </select>
                <button type="button" className={small} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${u.moveUp} ${unit?.name ?? ""}`}>
                  {u.moveUp}
                </button>
                <button type="button" className={small} disabled={i === links.length - 1} onClick={() => move(i, 1)} aria-label={`${u.moveDown} ${unit?.name ?? ""}`}>
                  {u.moveDown}
                </button>
                <button type="button" className={small} onClick={() => setLinks((ls) => ls.filter((_, j) => j !== i))} aria-label={`${u.remove} ${unit?.name ?? ""}`}>
                  {u.remove}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <Error name="units" />
      <div className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-3">
        <div className="min-w-0 flex-1">
          <Label name="add" text={u.add} />
          <select {...control("add")} name={undefined} value={adding} onChange={(e) => setAdding(e.target.value)}>
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
            setLinks((ls) => [...ls, { unitId: adding, isLead: !ls.some((x) => x.isLead) }]);
            setAdding("");
          }}
          className="rounded-md border border-brand-700 bg-white px-3 py-2 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-50"
        >
          {u.add}
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? u.saving : u.save}
        </button>
        <Link href="/manage/units" className="text-sm text-brand-700 hover:underline">
          {u.manageUnits}
        </Link>
      </div>
    </form>
  );
}
