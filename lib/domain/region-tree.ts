/** A region as the tree needs it: its place (path) and its order among its siblings. */
export interface TreeRegion {
  id: string;
  code: string;
  path: string;
  sortOrder: number;
}

/**
 * The path and every path above it, root first: "/100000/330000/330300/" gives "/100000/",
 * "/100000/330000/" and itself. The plans a user sees include those of these regions.
 */
export function ancestorPaths(path: string): string[] {
  const codes = path.split("/").filter(Boolean);
  return codes.map((_, i) => `/${codes.slice(0, i + 1).join("/")}/`);
}

/** Depth below the top of the list: "/100000/330000/330300/" under "/100000/330000/" is 1. */
export const regionDepth = (path: string, rootPath: string) => path.slice(rootPath.length).split("/").filter(Boolean).length;

/**
 * Depth-first tree order, siblings by sortOrder then code (as seed/data/regions.ts lists
 * them). A plain sort on path would ignore sortOrder.
 */
export function treeOrder<T extends TreeRegion>(regions: T[]): T[] {
  const byParent = new Map<string, T[]>();
  const paths = new Set(regions.map((r) => r.path));
  const parentPath = (r: T) => r.path.slice(0, r.path.length - r.code.length - 1);
  for (const r of regions) {
    const key = paths.has(parentPath(r)) ? parentPath(r) : "";
    byParent.set(key, [...(byParent.get(key) ?? []), r]);
  }
  const ordered: T[] = [];
  const visit = (key: string) => {
    const siblings = (byParent.get(key) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
    for (const r of siblings) {
      ordered.push(r);
      visit(r.path);
    }
  };
  visit("");
  return ordered;
}
