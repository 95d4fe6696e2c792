/**
 * How a quote is addressed in the document view (/plans/[code]/source): a target's own
 * quote is "t:<targetId>", each other place it appears "c:<citationId>"; the element id of
 * its n-th occurrence in the text is derived from that key, so a link can scroll to it.
 */
export const targetQuoteKey = (targetId: string) => `t:${targetId}`;
export const citationQuoteKey = (citationId: string) => `c:${citationId}`;

export function quoteAnchorId(key: string, occurrence = 1): string {
  const base = `q-${key.replace(":", "-")}`;
  return occurrence === 1 ? base : `${base}-${occurrence}`;
}

export function sourceViewHref(planCode: string, file: string, targetId?: string, key?: string): string {
  const params = new URLSearchParams({ file });
  if (targetId) params.set("target", targetId);
  return `/plans/${encodeURIComponent(planCode)}/source?${params}${key ? `#${quoteAnchorId(key)}` : ""}`;
}
