/**
 * Splits a source document into segments so every target quote can be marked in place.
 * Quotes overlap (one sentence may state several targets, and a target's longer alsoIn
 * quote may contain another's) and repeat (the plan body and 附件1 state the same
 * sentence): the document view marks every occurrence, so nothing is hidden.
 */

export interface QuoteToMark {
  /** Unique per quote, e.g. "t:<targetId>" for a target's own quote, "c:<citationId>" for another place. */
  key: string;
  quote: string;
}

export interface QuoteStart {
  key: string;
  /** 1 for the first place the quote appears in the text, 2 for the second … */
  occurrence: number;
}

export interface Segment {
  start: number;
  text: string;
  /** The quotes covering this segment, the shortest (most specific) first; empty for plain text. */
  keys: string[];
  /** The quote occurrences that begin at this segment's start. */
  starts: QuoteStart[];
}

export interface Highlighted {
  segments: Segment[];
  /** How many times each found quote appears in the text. */
  occurrences: Map<string, number>;
  /** Keys whose quote does not appear in the text at all. */
  missing: string[];
}

interface Range extends QuoteStart {
  start: number;
  end: number;
  order: number;
}

function findRanges(text: string, quotes: QuoteToMark[]): { ranges: Range[]; occurrences: Map<string, number>; missing: string[] } {
  const ranges: Range[] = [];
  const occurrences = new Map<string, number>();
  const missing: string[] = [];
  quotes.forEach(({ key, quote }, order) => {
    let count = 0;
    if (quote.length > 0) {
      for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + quote.length)) {
        count += 1;
        ranges.push({ key, occurrence: count, start: at, end: at + quote.length, order });
      }
    }
    if (count === 0) missing.push(key);
    else occurrences.set(key, count);
  });
  return { ranges, occurrences, missing };
}

/** Segments covering the whole text in order; concatenating their text gives the text back. */
export function highlightQuotes(text: string, quotes: QuoteToMark[]): Highlighted {
  const { ranges, occurrences, missing } = findRanges(text, quotes);
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const byStart = [...ranges].sort((a, b) => a.start - b.start);
  const specificity = (a: Range, b: Range) => a.end - a.start - (b.end - b.start) || a.order - b.order;

  const segments: Segment[] = [];
  let active: Range[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    active = active.filter((r) => r.end > from);
    const starts: Range[] = [];
    while (next < byStart.length && byStart[next].start === from) starts.push(byStart[next++]);
    active.push(...starts);
    const keys = [...new Set([...active].sort(specificity).map((r) => r.key))];
    segments.push({
      start: from,
      text: text.slice(from, to),
      keys,
      starts: starts.sort(specificity).map(({ key, occurrence }) => ({ key, occurrence })),
    });
  }
  return { segments, occurrences, missing };
}
