import { z } from "zod";
import type { TargetFilter } from "../domain/target-filter";
import { TargetKind } from "../generated/prisma/enums";

/** The plan page's filter as it arrives in the URL: anything unexpected is ignored, never an error. */
export const ZTargetFilterParams = z.object({
  q: z.string().trim().max(100).catch(""),
  kind: z.enum(TargetKind).nullable().catch(null),
});

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseTargetFilter(params: Record<string, string | string[] | undefined>): TargetFilter {
  const { q, kind } = ZTargetFilterParams.parse({ q: first(params.q) ?? "", kind: first(params.kind) ?? null });
  return { text: q, kind };
}
