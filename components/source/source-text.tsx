import Link from "next/link";
import type { MarkedQuote } from "@/lib/dal/plan-source";
import type { Segment } from "@/lib/domain/highlight";
import { quoteAnchorId } from "@/lib/domain/source-anchor";
import { m } from "@/lib/i18n";

interface Props {
  segments: Segment[];
  quotes: Record<string, MarkedQuote>;
  /** Quote keys of the target the view was opened for: drawn stronger. */
  focusKeys: string[];
}

const distinctTargets = (keys: string[], quotes: Record<string, MarkedQuote>) => [...new Map(keys.map((k) => [quotes[k].targetId, quotes[k]])).values()];

/**
 * The document with every target quote marked. A mark links to its most specific target;
 * where one passage states several targets, small code links after it reach the others.
 */
export function SourceText({ segments, quotes, focusKeys }: Props) {
  const focus = new Set(focusKeys);
  const out: React.ReactNode[] = [];
  let run: string[] = [];
  segments.forEach((s, i) => {
    for (const a of s.starts) out.push(<span key={`a-${a.key}-${a.occurrence}`} id={quoteAnchorId(a.key, a.occurrence)} className="scroll-mt-32" />);
    if (s.keys.length === 0) {
      // The converted documents open with blank lines; they only push the text down.
      out.push(i === 0 ? s.text.trimStart() : s.text);
      return;
    }
    const owner = quotes[s.keys[0]];
    const focused = s.keys.some((k) => focus.has(k));
    const all = distinctTargets(s.keys, quotes);
    out.push(
      <Link key={`m-${s.start}`} href={`/targets/${owner.targetId}`} title={all.map((q) => `${q.code} ${q.metric}`).join("\n")} className="text-inherit no-underline">
        <mark
          className={
            focused
              ? "bg-amber-300 text-slate-950 underline decoration-amber-700 decoration-2 underline-offset-4"
              : "bg-amber-100 text-inherit hover:bg-amber-200"
          }
        >
          {s.text}
        </mark>
      </Link>,
    );
    run.push(...s.keys);
    if (segments[i + 1]?.keys.length) return;
    const others = distinctTargets(run, quotes);
    run = [];
    if (others.length < 2) return;
    out.push(
      <sup key={`n-${s.start}`} className="ml-0.5 inline-flex flex-wrap gap-0.5 align-super text-[10px] leading-none" aria-label={m.targets.source.alsoMarked}>
        {others.map((q) => (
          <Link key={q.targetId} href={`/targets/${q.targetId}`} title={q.metric} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-600 hover:bg-brand-50 hover:text-brand-800">
            {q.code}
          </Link>
        ))}
      </sup>,
    );
  });
  return <div className="text-[15px] leading-7 break-words whitespace-pre-wrap text-slate-800 [tab-size:2]">{out}</div>;
}
