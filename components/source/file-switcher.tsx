import Link from "next/link";
import { m } from "@/lib/i18n";

/** The plan's documents (main file and the separate copies of attachments) as tabs. */
export function FileSwitcher({ files, current, hrefFor }: { files: { file: string; label: string }[]; current: string; hrefFor: (file: string) => string }) {
  if (files.length < 2) return null;
  return (
    <nav aria-label={m.targets.source.files} className="flex flex-wrap gap-2">
      {files.map(({ file: f, label }) => {
        const active = f === current;
        return (
          <Link
            key={f}
            href={hrefFor(f)}
            aria-current={active ? "page" : undefined}
            className={`min-w-0 rounded-md border px-3 py-2 text-sm leading-snug ${
              active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600 hover:text-brand-800"
            }`}
          >
            <span className="block">{label}</span>
            <span className={`block font-mono text-[11px] ${active ? "text-brand-100" : "text-slate-400"}`}>{f}</span>
          </Link>
        );
      })}
    </nav>
  );
}
