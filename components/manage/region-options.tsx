import { REGION_LEVEL_RANK } from "@/lib/domain/region-code";
import type { RegionLevel } from "@/lib/generated/prisma/enums";

/**
 * The <option>s of a region select, indented by level below the highest one offered (a
 * select cannot nest groups), so the tree still reads: 温州市, then its counties.
 */
export function RegionOptions({ regions }: { regions: { id: string; name: string; level: RegionLevel }[] }) {
  const top = Math.min(...regions.map((r) => REGION_LEVEL_RANK[r.level]));
  return regions.map((r) => (
    <option key={r.id} value={r.id}>
      {"　".repeat(REGION_LEVEL_RANK[r.level] - top)}
      {r.name}
    </option>
  ));
}
