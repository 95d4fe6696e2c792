"use client";

import { signOut } from "next-auth/react";
import { m } from "@/lib/i18n";

export function SignOutButton({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const style =
    tone === "dark"
      ? "rounded border border-white/30 px-3 py-1.5 text-sm hover:bg-white/10"
      : "w-full rounded px-2 py-2 text-left text-sm text-slate-700 hover:bg-slate-100";
  return (
    <button type="button" className={style} onClick={() => signOut({ callbackUrl: "/login" })}>
      {m.auth.signOut}
    </button>
  );
}
