import "server-only";
import type { AuditActor } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { withinTransaction } from "../../db/transaction-scope";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import { assertCanAudited, auditActorOf, recordDenied } from "../access-audit";

export type Tx = Prisma.TransactionClient;

/** A refusal that belongs next to one form field. */
export class ManageFieldError extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super("INVALID", message);
  }
}

export interface ManagedAttempt {
  action: string;
  entityType: string;
  entityId?: string;
}

/**
 * The frame of every staff write (issue #7): plan:write or a 403 written to the audit log;
 * then `write` runs in one transaction and records its own audit event last. `write` answers
 * null when the record is not in the actor's region subtree: that is a 404, and an attempt on
 * a record that exists elsewhere is audited as DENIED.
 */
export async function managedWrite<T>(actor: SessionUser, attempt: ManagedAttempt, write: (tx: Tx, audit: AuditActor) => Promise<T | null>, exists?: () => Promise<boolean>): Promise<T> {
  await assertCanAudited(actor, "plan:write", attempt);
  const audit = await auditActorOf(actor);
  const result = await db.$transaction((tx) => withinTransaction(tx, () => write(tx, audit)), { timeout: 20_000 });
  if (result === null) {
    if (exists && (await exists())) await recordDenied(actor, attempt, "outOfScope");
    throw new AppError("NOT_FOUND", m.manage.common.notFound);
  }
  return result;
}

/** A unique violation on a known field becomes a message next to that field. */
export async function uniqueAs<T>(run: () => Promise<T>, fields: Record<string, { field: string; message: string }>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const target = JSON.stringify(e.meta ?? {});
      const hit = Object.entries(fields).find(([column]) => target.includes(column)) ?? Object.entries(fields)[0];
      if (hit) throw new ManageFieldError(hit[1].field, hit[1].message);
    }
    throw e;
  }
}

/** Prisma Decimal → number for plain objects. */
export const decimalToNumber = (d: Prisma.Decimal | null): number | null => (d === null ? null : d.toNumber());
