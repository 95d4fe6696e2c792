import type { Metadata } from "next";
import Link from "next/link";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { m } from "@/lib/i18n";

const p = m.account.password;

export const metadata: Metadata = { title: p.title };

const REASONS = ["first", "expired", "reset"] as const;
type Reason = (typeof REASONS)[number];

interface Props {
  searchParams: Promise<{ reason?: string | string[] }>;
}

/**
 * Changing one's own password: voluntarily, or as the step the layout sends a user to after
 * a first sign-in, a reset or expiry (?reason=first|expired|reset). When a change is due, the
 * way back is hidden: the layout would only send the user here again.
 */
export default async function PasswordPage({ searchParams }: Props) {
  const user = await requireUser();
  const asked = (await searchParams).reason;
  const named = REASONS.find((r) => r === asked);
  const due: Reason | undefined = user.passwordChange === "expired" ? "expired" : user.passwordChange === "required" ? "first" : undefined;
  const reason = named ?? due;
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <PageHeader title={p.title} description={reason ? undefined : p.description} />
      {reason && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <p className="font-semibold">{p.requiredTitle}</p>
          <p className="mt-1">{p.reasons[reason]}</p>
        </div>
      )}
      <Card title={p.signedInAs(user.username)}>
        <PasswordChangeForm username={user.username} />
      </Card>
      {!user.passwordChange && (
        <Link href="/" className="inline-block text-sm text-brand-700 hover:underline">
          ← {p.back}
        </Link>
      )}
    </div>
  );
}
