"use client";

import { useState } from "react";
import { m } from "@/lib/i18n";
import { useOwnDocument } from "./own-document";
import { SOURCE_FILE_CHOICES } from "./source-file-options";

const t = m.manage.target;
const OTHER = "__other";

/**
 * Where a quote comes from: the plan's own entered text or one of the bundled documents (its
 * quotes are checked and highlighted), or another source described in free text. Controlled by `value`; the select
 * and the description share the control's id, label and error wiring.
 */
export function SourceFileField({ value, onChange, control, customLabel }: {
  value: string;
  onChange: (file: string) => void;
  control: { id: string; className: string; "aria-invalid": boolean; "aria-describedby"?: string };
  customLabel: string;
}) {
  const own = useOwnDocument();
  const choices = own ? [own, ...SOURCE_FILE_CHOICES] : SOURCE_FILE_CHOICES;
  const [other, setOther] = useState(!choices.some((f) => f.file === value));
  const [custom, setCustom] = useState(other ? value : "");
  return (
    <>
      <select
        {...control}
        name={undefined}
        value={other ? OTHER : value}
        onChange={(e) => {
          const choice = e.target.value;
          setOther(choice === OTHER);
          onChange(choice === OTHER ? custom : choice);
        }}
      >
        {choices.map((f) => (
          <option key={f.file} value={f.file}>
            {f.label}
          </option>
        ))}
        <option value={OTHER}>{t.sourceFileOther}</option>
      </select>
      {other && (
        <input
          aria-label={customLabel}
          placeholder={t.sourceFileCustom}
          value={custom}
          onChange={(e) => {
            setCustom(e.target.value);
            onChange(e.target.value);
          }}
          className={control.className}
          maxLength={120}
        />
      )}
    </>
  );
}
