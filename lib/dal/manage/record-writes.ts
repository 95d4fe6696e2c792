import "server-only";
import { changedFields, recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { AppError } from "../../errors";
import { m } from "../../i18n";
import { managedWrite, type ManagedAttempt, type Tx } from "./write";

/**
 * The two writes every maintained record shares (units, specialties, designations, regions,
 * hospitals): an edit under optimistic concurrency and archive/restore. Both run in
 * managedWrite's frame (permission, scope, one transaction, audit event last).
 */

type Attempt = ManagedAttempt & { entityId: string };

export interface VersionedUpdate<S, F> {
  /** The stored record in the actor's scope (archived ones too), or null for a 404. */
  find(tx: Tx): Promise<(S & { updatedAt: Date; archivedAt: Date | null }) | null>;
  /** The fields to store, once checked against the database (scope, references); throws ManageFieldError or AppError. */
  fields(tx: Tx, stored: S): Promise<F>;
  /** A conditional UPDATE: only the row that still carries `guard.updatedAt`. */
  save(tx: Tx, guard: { updatedAt: Date }, data: F & { updatedAt: Date }): Promise<{ count: number }>;
  exists(): Promise<boolean>;
}

const stale = () => new AppError("CONFLICT", m.manage.records.stale);

/**
 * Saves the form only when the record still has the updatedAt the form was loaded with: a form
 * loaded before somebody else's save, or before the record was archived, is refused with
 * CONFLICT and nothing is written. Returns the record's new updatedAt for the form to carry on.
 */
export async function versionedUpdate<S extends Record<string, unknown>, F extends Record<string, unknown>>(
  actor: SessionUser,
  attempt: Attempt,
  loaded: Date,
  steps: VersionedUpdate<S, F>,
): Promise<Date> {
  return managedWrite(
    actor,
    attempt,
    async (tx, audit) => {
      const stored = await steps.find(tx);
      if (!stored) return null;
      if (stored.archivedAt || stored.updatedAt.getTime() !== loaded.getTime()) throw stale();
      const fields = await steps.fields(tx, stored);
      const change = changedFields(stored as Record<string, unknown>, fields);
      if (Object.keys(change.after).length === 0) return stored.updatedAt;
      // Never the same millisecond as the stamp it replaces, or a second stale form could match it.
      const updatedAt = new Date(Math.max(Date.now(), loaded.getTime() + 1));
      const { count } = await steps.save(tx, { updatedAt: loaded }, { ...fields, updatedAt });
      if (count === 0) throw stale();
      await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: json(change.before), after: json(change.after) });
      return updatedAt;
    },
    steps.exists,
  );
}

export interface ArchiveSteps<S extends { archivedAt: Date | null }> {
  find(tx: Tx): Promise<S | null>;
  /** Refuses the change when it would leave something inconsistent (an archived region still in use …). */
  guard?(tx: Tx, stored: S): Promise<void>;
  write(tx: Tx, archivedAt: Date | null): Promise<unknown>;
  exists(): Promise<boolean>;
}

/**
 * Archives (archived = true) or restores a record: never a delete, since reports, history and
 * the audit log refer to it. Asking twice changes nothing and records no second event.
 */
export async function setArchived<S extends { archivedAt: Date | null }>(actor: SessionUser, attempt: Attempt, archived: boolean, steps: ArchiveSteps<S>): Promise<void> {
  await managedWrite(
    actor,
    attempt,
    async (tx, audit) => {
      const stored = await steps.find(tx);
      if (!stored) return null;
      if (!!stored.archivedAt === archived) return true;
      await steps.guard?.(tx, stored);
      const archivedAt = archived ? new Date() : null;
      await steps.write(tx, archivedAt);
      await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: { archivedAt: stored.archivedAt?.toISOString() ?? null }, after: { archivedAt: archivedAt?.toISOString() ?? null } });
      return true;
    },
    steps.exists,
  );
}

/** Dates as ISO strings for the audit log's JSON. */
const json = (o: Record<string, unknown>) => JSON.parse(JSON.stringify(o));
