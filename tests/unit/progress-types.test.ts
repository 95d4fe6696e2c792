import { describe, expect, expectTypeOf, it } from "vitest";
import { Comparator as PrismaComparator, TargetKind as PrismaTargetKind } from "@/lib/generated/prisma/enums";
import type { Comparator, TargetKind } from "@/lib/domain/progress";

// The domain keeps its own plain unions (no Prisma types in lib/domain/progress), so the DAL can
// pass a row's enums straight through only while the two stay identical.
describe("progress input types", () => {
  it("name exactly the schema's target kinds and comparators", () => {
    expectTypeOf<TargetKind>().toEqualTypeOf<PrismaTargetKind>();
    expectTypeOf<Comparator>().toEqualTypeOf<PrismaComparator>();
    const kinds: TargetKind[] = ["COUNT", "CEILING", "SHARE", "YEARLY_QUOTA", "GROWTH_RATE", "RATIO", "MILESTONE"];
    const comparators: Comparator[] = ["GTE", "GT", "LTE", "LT", "EQ", "RANGE"];
    expect(Object.values(PrismaTargetKind).sort()).toEqual([...kinds].sort());
    expect(Object.values(PrismaComparator).sort()).toEqual([...comparators].sort());
  });
});
