"use client";

import { useRef } from "react";
import { m } from "@/lib/i18n";
import type { FieldProps } from "./form-parts";
import { addRowButton, moveRow, rowButton } from "./row-list";
import { SourceFileField } from "./source-file-field";

const ct = m.manage.targetCitations;

/** `key` identifies the row while it moves, so its source select keeps its own state; it is not submitted. */
export type CitationRow = { key: number; sourceFile: string; quote: string };

/**
 * The other places the plan states the same commitment, in the order the target page lists
 * them: a source document and the quote from it, one box each, which can be moved and removed.
 */
export function CitationRows({ rows, onChange, field, defaultFile }: {
  rows: CitationRow[];
  onChange: (next: (rows: CitationRow[]) => CitationRow[]) => void;
  field: FieldProps;
  /** The document a new row starts with: the target's own. */
  defaultFile: () => string;
}) {
  const { control, Error } = field;
  const addButton = useRef<HTMLButtonElement>(null);
  const set = (i: number, key: "sourceFile" | "quote", value: string) => onChange((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const add = () => {
    const i = rows.length;
    onChange((rs) => [...rs, { key: Math.max(0, ...rs.map((r) => r.key)) + 1, sourceFile: defaultFile(), quote: "" }]);
    requestAnimationFrame(() => document.getElementById(control(`citations.${i}.quote`).id)?.focus());
  };
  const remove = (i: number) => {
    onChange((rs) => rs.filter((_, j) => j !== i));
    addButton.current?.focus();
  };
  return (
    <div className="space-y-2">
      <Error name="citations" />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{ct.empty}</p>
      ) : (
        <ol className="space-y-3" aria-label={ct.title}>
          {rows.map((r, i) => (
            <li key={r.key} className="min-w-0 space-y-2 rounded-md border border-slate-200 p-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="mr-auto text-sm font-medium text-slate-700">{i + 1}.</span>
                <button type="button" className={rowButton} disabled={i === 0} onClick={() => onChange((rs) => moveRow(rs, i, -1))} aria-label={ct.moveUp(i + 1)}>
                  {m.manage.taskUnits.moveUp}
                </button>
                <button type="button" className={rowButton} disabled={i === rows.length - 1} onClick={() => onChange((rs) => moveRow(rs, i, 1))} aria-label={ct.moveDown(i + 1)}>
                  {m.manage.taskUnits.moveDown}
                </button>
                <button type="button" className={rowButton} onClick={() => remove(i)} aria-label={ct.removeRow(i + 1)}>
                  {m.manage.taskUnits.remove}
                </button>
              </div>
              <div>
                <label htmlFor={control(`citations.${i}.sourceFile`).id} className="sr-only">
                  {ct.file(i + 1)}
                </label>
                <SourceFileField value={r.sourceFile} onChange={(v) => set(i, "sourceFile", v)} control={control(`citations.${i}.sourceFile`)} customLabel={ct.custom(i + 1)} />
                <Error name={`citations.${i}.sourceFile`} />
              </div>
              <div>
                <label htmlFor={control(`citations.${i}.quote`).id} className="sr-only">
                  {ct.quote(i + 1)}
                </label>
                <textarea {...control(`citations.${i}.quote`)} name={undefined} value={r.quote} onChange={(e) => set(i, "quote", e.target.value)} rows={3} />
                <Error name={`citations.${i}.quote`} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className={addRowButton} onClick={add}>
        {ct.add}
      </button>
    </div>
  );
}
