"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "../../auth/current-user";
import { createApiToken, revokeApiToken } from "../../dal/api-tokens";
import { isAppError } from "../../errors";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";

/** What the API token panel's actions answer; the plain token appears here once and nowhere else. */
export interface ApiTokenFormState {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  token?: string;
  message?: string;
}

const t = m.apiTokens;
const ZCreate = z.object({ userId: z.string().min(1).max(64), name: z.string().trim().min(1, t.nameRequired).max(100, t.nameTooLong) });
const ZRevoke = z.object({ userId: z.string().min(1).max(64), tokenId: z.string().min(1).max(64) });

function failure(e: unknown): ApiTokenFormState {
  if (isAppError(e)) return { ok: false, formError: e.message };
  console.error("api token action failed", e);
  return { ok: false, formError: m.errors.unexpectedBody };
}

export async function createApiTokenAction(_previous: ApiTokenFormState, formData: FormData): Promise<ApiTokenFormState> {
  const parsed = ZCreate.safeParse({ userId: formData.get("userId"), name: formData.get("name") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const user = await requireUser();
  try {
    // The DAL checks user:manage, the admin's region and the account's role, and audits.
    const { token } = await createApiToken(user, parsed.data.userId, parsed.data.name);
    revalidatePath(`/admin/users/${parsed.data.userId}`);
    return { ok: true, token, message: t.created };
  } catch (e) {
    return failure(e);
  }
}

export async function revokeApiTokenAction(_previous: ApiTokenFormState, formData: FormData): Promise<ApiTokenFormState> {
  const parsed = ZRevoke.safeParse({ userId: formData.get("userId"), tokenId: formData.get("tokenId") });
  if (!parsed.success) return { ok: false, formError: t.notFound };
  const user = await requireUser();
  try {
    await revokeApiToken(user, parsed.data.tokenId);
    revalidatePath(`/admin/users/${parsed.data.userId}`);
    return { ok: true, message: t.revokedDone };
  } catch (e) {
    return failure(e);
  }
}
