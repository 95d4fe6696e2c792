import Link from "next/link";
import { m } from "@/lib/i18n";

/** A sentence of the plan exactly as the document writes it, with the file it comes from. */
export function SourceQuote({ quote, file, href }: { quote: string; file: string; href: string }) {
  return (
    <figure className="space-y-2">
      <blockquote className="border-l-4 border-amber-400 bg-amber-50/60 px-4 py-3 leading-relaxed whitespace-pre-wrap break-words text-slate-900">{quote}</blockquote>
      <figcaption className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs text-slate-500">
        <span className="min-w-0">
          {m.targets.target.sourceFile}：{m.targets.fileLabels[file] ?? file}
          <span className="block font-mono break-all text-slate-400 sm:ml-1 sm:inline">{file}</span>
        </span>
        <Link href={href} className="shrink-0 text-sm font-medium text-brand-700 hover:underline">
          {m.targets.target.viewInSource} →
        </Link>
      </figcaption>
    </figure>
  );
}
