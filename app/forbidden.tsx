import Link from "next/link";
import { m } from "@/lib/i18n";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{m.errors.forbiddenTitle}</h1>
      <p className="mt-2 text-slate-600">{m.errors.forbiddenBody}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {m.errors.backHome}
      </Link>
    </main>
  );
}
