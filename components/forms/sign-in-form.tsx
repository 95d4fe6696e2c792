"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { m } from "@/lib/i18n";
import { ZOtp, ZSignIn } from "@/lib/validation/auth";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { FieldError, inputClass } from "./field";
import { TotpEnrolment, type Enrolment } from "./totp-enrolment";

type FieldErrors = Partial<Record<"username" | "password" | "otp", string>>;
type Step = "password" | "otp" | "enrol";

const ERROR_MESSAGES: Record<string, string> = {
  invalid: m.auth.invalidCredentials,
  throttled: m.auth.throttled,
};

/** Password, then — where the account has or needs one — the authenticator code. */
export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [step, setStep] = useState<Step>("password");
  const [credentials, setCredentials] = useState({ username: "", password: "" });
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function attempt(username: string, password: string, otp?: string) {
    const result = await signIn("credentials", { username, password, otp: otp ?? "", redirect: false });
    if (result?.ok && !result.error) {
      // A full page load, not router.replace + refresh: when the layout then redirects (a first
      // sign-in must change the password), the two client navigations raced and looped forever.
      // Same origin only ("/\\evil.example" would leave it).
      const target = new URL(callbackUrl, window.location.origin);
      window.location.assign(target.origin === window.location.origin ? target.href : "/");
      return;
    }
    if (result?.status === 429 || result?.error === "throttled") return setFormError(m.auth.throttled);
    if (result?.error === "otp_required") return setStep("otp");
    if (result?.error === "otp_enrolment") return startEnrolment(username, password);
    setFormError(ERROR_MESSAGES[result?.error ?? ""] ?? m.auth.invalidCredentials);
    if (step !== "password") setStep("password");
  }

  async function startEnrolment(username: string, password: string) {
    const res = await fetch("/api/auth/totp-enrolment", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username, password }) });
    if (!res.ok) return setFormError(res.status === 429 ? m.auth.throttled : m.auth.invalidCredentials);
    setEnrolment(await res.json());
    setStep("enrol");
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    setFormError(null);
    if (step === "password") {
      const parsed = ZSignIn.safeParse(data);
      if (!parsed.success) return setFieldErrors(fieldErrorsOf(parsed.error));
      setFieldErrors({});
      setCredentials(parsed.data);
      return run(() => attempt(parsed.data.username, parsed.data.password));
    }
    const otp = ZOtp.safeParse(data.otp);
    if (!otp.success) return setFieldErrors({ otp: otp.error.issues[0]?.message });
    setFieldErrors({});
    return run(() => attempt(credentials.username, credentials.password, otp.data));
  }

  async function run(work: () => Promise<void>) {
    setPending(true);
    try {
      await work();
    } catch {
      setFormError(m.auth.genericError);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
      <div aria-live="polite">
        {formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{formError}</p>}
        {!formError && notice && <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{notice}</p>}
      </div>
      {step === "password" ? (
        <>
          <Field name="username" label={m.auth.username} autoComplete="username" error={fieldErrors.username} autoFocus />
          <Field name="password" label={m.auth.password} type="password" autoComplete="current-password" error={fieldErrors.password} />
        </>
      ) : (
        <>
          {step === "enrol" && enrolment ? <TotpEnrolment enrolment={enrolment} /> : <p className="text-sm text-slate-600">{m.auth.otpHint}</p>}
          <Field name="otp" label={m.auth.otp} inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={fieldErrors.otp} autoFocus />
        </>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? m.auth.signingIn : m.auth.signIn}
      </button>
    </form>
  );
}

function Field({ name, label, error, ...input }: { name: string; label: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        className={inputClass(!!error)}
        aria-invalid={!!error}
        aria-describedby={error ? `${name}-error` : undefined}
        {...input}
      />
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}
