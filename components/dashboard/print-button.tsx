"use client";

import { m } from "@/lib/i18n";

/** Opens the browser's print dialog; the print stylesheet lays the page out for A4. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50">
      {m.dashboard.print}
    </button>
  );
}
