"use server";

import { getCurrentUser } from "../../auth/current-user";
import { verifyAuditIntegrity, type AuditIntegrity } from "../../dal/audit";
import { isAppError } from "../../errors";
import { m } from "../../i18n";

export interface VerifyAuditLogState {
  ok: boolean;
  /** At most LISTED_BREAKS breaks; breakCount says how many there were. */
  result?: AuditIntegrity;
  breakCount?: number;
  formError?: string;
}

/** Break ids listed on the page; the command line (npm run audit:verify) lists every one. */
const LISTED_BREAKS = 20;

/** The "校验完整性" button: re-computes the chain (auditor only) and records the check as audit.verify. */
export async function verifyAuditLogAction(previous: VerifyAuditLogState): Promise<VerifyAuditLogState> {
  void previous;
  const user = await getCurrentUser();
  if (!user) return { ok: false, formError: m.errors.signInFirst };
  try {
    const result = await verifyAuditIntegrity(user);
    return { ok: true, result: { ...result, breaks: result.breaks.slice(0, LISTED_BREAKS) }, breakCount: result.breaks.length };
  } catch (e) {
    if (isAppError(e)) return { ok: false, formError: e.message };
    console.error("audit verification failed", e);
    return { ok: false, formError: m.errors.unexpectedBody };
  }
}
