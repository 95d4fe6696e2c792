import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import { rejection } from "./rejection";

type Outcome = "SUCCESS" | "DENIED" | "FAILURE";

/** The audit events of one action (on one record) with that outcome, oldest first. */
export const auditsOf = (prisma: Db, action: string, entityId?: string, outcome: Outcome = "SUCCESS") =>
  prisma.auditEvent.findMany({ where: { action, outcome, ...(entityId ? { entityId } : {}) }, orderBy: { id: "asc" } });

/**
 * A write the actor may not make: refused with `code` (FORBIDDEN for a role without the
 * permission, NOT_FOUND for a record outside the region), and the refusal recorded as one
 * more DENIED event with its reason.
 */
export async function expectDenied(
  prisma: Db,
  write: () => Promise<unknown>,
  expected: { code: "FORBIDDEN" | "NOT_FOUND"; action: string; entityId?: string; reason?: "forbidden" | "outOfScope" },
) {
  const reason = expected.reason ?? (expected.code === "FORBIDDEN" ? "forbidden" : "outOfScope");
  const denied = async () => (await auditsOf(prisma, expected.action, expected.entityId, "DENIED")).filter((e) => (e.detail as { reason?: string } | null)?.reason === reason).length;
  const before = await denied();
  const e = await rejection(write());
  expect(e.code).toBe(expected.code);
  expect(await denied()).toBe(before + 1);
  return e;
}

/** A refusal next to a form field, in Chinese. */
export async function expectFieldError(write: Promise<unknown>, field: string, message?: string | RegExp) {
  const e = await rejection<AppError & { field?: string }>(write);
  expect(e.field).toBe(field);
  if (message) expect(e.message).toMatch(message);
  return e;
}

/** A zod schema's field errors as the forms show them: the first message per field. */
export function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  expect(result.success).toBe(false);
  const errors: Record<string, string> = {};
  for (const issue of result.error!.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}
