import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { m } from "@/lib/i18n";

export const metadata: Metadata = { title: m.auth.signIn };

const NOTICES: Record<string, string> = { "password-changed": m.auth.passwordChanged, "session-ended": m.auth.sessionEnded };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const { callbackUrl, notice } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would help phishing.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-800 to-brand-900">
      <main className="flex flex-1 items-center justify-center px-4 py-10">
        <div className="w-full max-w-sm">
          <div className="mb-6 text-center text-white">
            <h1 className="text-2xl font-semibold tracking-wide">{m.app.name}</h1>
            <p className="mt-2 text-sm text-brand-100">{m.app.tagline}</p>
          </div>
          <div className="rounded-xl bg-white p-6 shadow-xl">
            <h2 className="text-lg font-semibold text-slate-900">{m.auth.signInTitle}</h2>
            <p className="mt-1 text-sm text-slate-500">{m.auth.signInHint}</p>
            <SignInForm callbackUrl={next} notice={notice ? NOTICES[notice] : undefined} />
          </div>
        </div>
      </main>
      <footer className="px-4 pb-6 text-center text-xs text-brand-100/80">{m.app.footer}</footer>
    </div>
  );
}
