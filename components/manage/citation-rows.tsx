"use client";

import { m } from "@/lib/i18n";
import type { FieldProps } from "./form-parts";
import { RowList, rowButton } from "./row-list";
import { SourceFileField } from "./source-file-field";

const ct = m.manage.targetCitations;
const u = m.manage.taskUnits;

/** `key` identifies the row while it moves, so its source select keeps its own state; it is not submitted. */
export type CitationRow = { key: number; sourceFile: string; quote: string };

/**
 * The other places the plan states the same commitment, in the order the target page lists
 * them: a source document and the quote from it, one box each, which can be moved and removed.
 * A new row starts with the target's own document and takes the focus in its quote.
 */
export function CitationRows({ rows, onChange, field, defaultFile }: {
  rows: CitationRow[];
  onChange: (next: (rows: CitationRow[]) => CitationRow[]) => void;
  field: FieldProps;
  defaultFile: () => string;
}) {
  const { control, Error } = field;
  const id = (i: number, key: "sourceFile" | "quote") => control(`citations.${i}.${key}`).id;
  return (
    <RowList
      rows={rows}
      onChange={onChange}
      newRow={(rs) => ({ key: Math.max(0, ...rs.map((r) => r.key)) + 1, sourceFile: defaultFile(), quote: "" })}
      focusOf={(i) => id(i, "quote")}
      field={field}
      name="citations"
      label={ct.title}
      empty={ct.empty}
      addLabel={ct.add}
    >
      {(edit) =>
        rows.map((r, i) => (
          <li key={r.key} className="min-w-0 space-y-2 rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="mr-auto text-sm font-medium text-slate-700">{i + 1}.</span>
              <button type="button" className={rowButton} disabled={i === 0} onClick={() => edit.move(i, -1)} aria-label={ct.moveUp(i + 1)}>
                {u.moveUp}
              </button>
              <button type="button" className={rowButton} disabled={i === rows.length - 1} onClick={() => edit.move(i, 1)} aria-label={ct.moveDown(i + 1)}>
                {u.moveDown}
              </button>
              <button type="button" className={rowButton} onClick={() => edit.remove(i)} aria-label={ct.removeRow(i + 1)}>
                {u.remove}
              </button>
            </div>
            <div>
              <label htmlFor={id(i, "sourceFile")} className="sr-only">
                {ct.file(i + 1)}
              </label>
              <SourceFileField value={r.sourceFile} onChange={(v) => edit.set(i, "sourceFile", v)} control={control(`citations.${i}.sourceFile`)} customLabel={ct.custom(i + 1)} />
              <Error name={`citations.${i}.sourceFile`} />
            </div>
            <div>
              <label htmlFor={id(i, "quote")} className="sr-only">
                {ct.quote(i + 1)}
              </label>
              <textarea {...control(`citations.${i}.quote`)} name={undefined} value={r.quote} onChange={(e) => edit.set(i, "quote", e.target.value)} rows={3} />
              <Error name={`citations.${i}.quote`} />
            </div>
          </li>
        ))
      }
    </RowList>
  );
}
