"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "@/components/dashboard/chart-data";

export interface TargetChartLabels {
  actual: string;
  path: string;
  projection: string;
  target: string;
}

/** Approved cumulative actuals per quarter against the straight path and the projection; plain data in. */
export function TargetProgressChart({ points, targetValue, labels, title }: { points: ChartPoint[]; targetValue: number; labels: TargetChartLabels; title: string }) {
  return (
    <figure aria-label={title} className="h-64 w-full sm:h-72">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={targetValue} stroke="#1a7f4b" strokeDasharray="4 4" label={{ value: labels.target, fontSize: 11, fill: "#1a7f4b", position: "insideTopLeft" }} />
          <Line type="linear" dataKey="path" name={labels.path} stroke="#94a3b8" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          <Line type="linear" dataKey="actual" name={labels.actual} stroke="#1f5a99" strokeWidth={2.5} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
          <Line type="linear" dataKey="projection" name={labels.projection} stroke="#b26a00" strokeDasharray="2 3" connectNulls dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
