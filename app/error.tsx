"use client";

import { m } from "@/lib/i18n";

/** Unexpected errors: a generic message; the details stay in the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{m.errors.unexpectedTitle}</h1>
      <p className="mt-2 text-slate-600">{m.errors.unexpectedBody}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {m.errors.retry}
      </button>
    </main>
  );
}
