/**
 * First-load JavaScript of the dashboard routes, read from a production build (Turbopack's
 * build prints no sizes): Next's root main files (build-manifest.json) plus every chunk the
 * route's client reference manifest lists for its layouts, page and boundaries — the scripts
 * the page's HTML loads before it is interactive — gzipped one by one and summed. Chunks loaded
 * later by a dynamic import are not counted; `recharts` says whether any first-load chunk
 * carries recharts (it must only be in the target chart's own chunk). Budget: 250 KB gzip.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export const FIRST_LOAD_BUDGET_KB = 250;

export interface RouteBundle {
  route: string;
  chunks: number;
  gzipKb: number;
  recharts: boolean;
}

const DASHBOARD_PAGES = ["dashboard", "dashboard/plans/[code]", "dashboard/targets/[id]", "dashboard/units", "dashboard/counties", "dashboard/hospitals/[id]"];
/** A class name recharts writes into every chart; minified code keeps string literals. */
const RECHARTS_MARKER = "recharts-wrapper";

export function dashboardBundles(appDir: string): RouteBundle[] | null {
  const next = path.join(appDir, ".next");
  if (!existsSync(path.join(next, "BUILD_ID"))) return null;
  const { rootMainFiles } = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, { gzip: number; recharts: boolean }>();
  const chunk = (file: string) => {
    if (!sizes.has(file)) {
      const code = readFileSync(path.join(next, file));
      sizes.set(file, { gzip: gzipSync(code).length, recharts: code.includes(RECHARTS_MARKER) });
    }
    return sizes.get(file)!;
  };
  return DASHBOARD_PAGES.map((page) => {
    const file = path.join(next, "server", "app", "(app)", page, "page_client-reference-manifest.js");
    const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
    sandbox.globalThis = sandbox;
    runInNewContext(readFileSync(file, "utf8"), sandbox);
    const manifest = Object.values(sandbox.__RSC_MANIFEST!)[0];
    const files = new Set([...rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
    const measured = [...files].map(chunk);
    return {
      route: `/${page}`,
      chunks: files.size,
      gzipKb: measured.reduce((n, c) => n + c.gzip, 0) / 1024,
      recharts: measured.some((c) => c.recharts),
    };
  });
}

/** Prints one line per dashboard route; returns the largest first load in KB, or null without a build. */
export function printFirstLoadJs(appDir: string): number | null {
  const routes = dashboardBundles(appDir);
  if (!routes) {
    console.log(`first-load JS: skipped, no production build in ${appDir}`);
    return null;
  }
  for (const r of routes) {
    const verdict = r.gzipKb <= FIRST_LOAD_BUDGET_KB ? "within" : "OVER";
    console.log(`first-load JS ${r.route.padEnd(26)} ${r.gzipKb.toFixed(1).padStart(6)} KB gzip (${r.chunks} chunks, ${verdict} ${FIRST_LOAD_BUDGET_KB} KB) recharts: ${r.recharts ? "YES" : "no"}`);
  }
  return Math.max(...routes.map((r) => r.gzipKb));
}
