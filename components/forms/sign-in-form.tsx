"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { m } from "@/lib/i18n";
import { ZSignIn } from "@/lib/validation/auth";
import { FieldError, inputClass } from "./field";

type FieldErrors = Partial<Record<"username" | "password", string>>;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZSignIn.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as keyof FieldErrors] ??= issue.message;
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setFormError(result?.status === 429 ? m.auth.genericError : m.auth.invalidCredentials);
    } catch {
      setFormError(m.auth.genericError);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
      <div aria-live="polite" className="min-h-0">
        {formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{formError}</p>}
      </div>
      <div>
        <label htmlFor="username" className="block text-sm font-medium text-slate-700">
          {m.auth.username}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoFocus
          className={inputClass(!!fieldErrors.username)}
          aria-invalid={!!fieldErrors.username}
          aria-describedby={fieldErrors.username ? "username-error" : undefined}
        />
        <FieldError id="username-error" message={fieldErrors.username} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {m.auth.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          className={inputClass(!!fieldErrors.password)}
          aria-invalid={!!fieldErrors.password}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
        />
        <FieldError id="password-error" message={fieldErrors.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? m.auth.signingIn : m.auth.signIn}
      </button>
    </form>
  );
}
