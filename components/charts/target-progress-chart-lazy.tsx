"use client";

import dynamic from "next/dynamic";

/**
 * The chart loaded after the page: recharts (~110 KB gzip) stays out of the target page's
 * first-load JavaScript, which keeps it within the 250 KB budget (issue 6). The placeholder
 * holds the chart's height so nothing jumps when it arrives.
 */
export const LazyTargetProgressChart = dynamic(() => import("./target-progress-chart").then((mod) => mod.TargetProgressChart), {
  ssr: false,
  loading: () => <div aria-hidden className="h-64 w-full animate-pulse rounded bg-slate-100 sm:h-72" />,
});
