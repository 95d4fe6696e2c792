import { m } from "@/lib/i18n";
import { SOURCE_FILES } from "@/seed/schema";

/** The bundled source documents (seed/sources) by their Chinese names, for the /manage forms. */
export const SOURCE_FILE_CHOICES = SOURCE_FILES.map((file) => ({ file, label: m.targets.fileLabels[file] ?? file }));

/** A plan's own entered text, offered first in its forms' 原文文件 selects. */
export type OwnDocument = { file: string; label: string } | null;

/** The options of a 原文文件 select: none (value ""), the plan's own entered text, or one of the bundled documents. */
export function SourceFileOptions({ noneLabel, own }: { noneLabel: string; own?: OwnDocument }) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {[...(own ? [own] : []), ...SOURCE_FILE_CHOICES].map((f) => (
        <option key={f.file} value={f.file}>
          {f.label}
        </option>
      ))}
    </>
  );
}
