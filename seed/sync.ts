/**
 * Idempotent writes for the seed: a record is created when missing, updated only when a
 * field differs, and otherwise left alone, so a second run changes nothing (not even
 * updatedAt).
 */
import { Prisma } from "../lib/generated/prisma/client";

export type SyncOutcome = "created" | "updated" | "unchanged";

export class SyncStats {
  readonly counts = new Map<string, Record<SyncOutcome, number>>();
  add(model: string, outcome: SyncOutcome) {
    const c = this.counts.get(model) ?? { created: 0, updated: 0, unchanged: 0 };
    c[outcome] += 1;
    this.counts.set(model, c);
  }
  get changed(): number {
    return [...this.counts.values()].reduce((n, c) => n + c.created + c.updated, 0);
  }
  summary(): string {
    return [...this.counts]
      .map(([m, c]) => `${m} +${c.created} ~${c.updated} =${c.unchanged}`)
      .join(", ");
  }
}

type Row = Record<string, unknown> & { id?: string };

interface Delegate {
  findUnique(args: { where: unknown }): Promise<unknown>;
  create(args: { data: unknown }): Promise<unknown>;
  update(args: { where: unknown; data: unknown }): Promise<unknown>;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (Prisma.Decimal.isDecimal(a) || Prisma.Decimal.isDecimal(b)) return new Prisma.Decimal(a as never).equals(b as never);
  if (a instanceof Date || b instanceof Date) return new Date(a as never).getTime() === new Date(b as never).getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return false;
}

/**
 * Creates or updates one record by its natural key and returns it. `createOnly` fields are
 * written when the record is created and never compared or overwritten afterwards.
 */
export async function syncRecord<T extends Row>(
  stats: SyncStats,
  model: string,
  delegate: unknown,
  where: Record<string, unknown>,
  data: Record<string, unknown>,
  createOnly: Record<string, unknown> = {},
): Promise<T> {
  const d = delegate as Delegate;
  const existing = (await d.findUnique({ where })) as T | null;
  if (!existing) {
    stats.add(model, "created");
    return (await d.create({ data: { ...data, ...createOnly } })) as T;
  }
  const changed = Object.fromEntries(Object.entries(data).filter(([k, v]) => !same(existing[k], v)));
  if (Object.keys(changed).length === 0) {
    stats.add(model, "unchanged");
    return existing;
  }
  stats.add(model, "updated");
  return (await d.update({ where, data: changed })) as T;
}

interface BatchDelegate {
  createManyAndReturn(args: { data: unknown[] }): Promise<unknown[]>;
  update(args: { where: { id: string }; data: unknown }): Promise<unknown>;
}

/**
 * The batch form of syncRecord for one model: `existing` holds the rows already stored (one
 * query by the caller), new rows are inserted in one statement, changed ones updated one by
 * one. Returns every row by its natural key.
 */
export async function syncBatch<T extends Row>(
  stats: SyncStats,
  model: string,
  delegate: unknown,
  existing: T[],
  wanted: Record<string, unknown>[],
  key: (row: Record<string, unknown>) => string,
): Promise<Map<string, T>> {
  const d = delegate as BatchDelegate;
  const byKey = new Map(existing.map((row) => [key(row), row]));
  const result = new Map<string, T>();
  const toCreate: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const data of wanted) {
    const k = key(data);
    if (seen.has(k)) continue;
    seen.add(k);
    const row = byKey.get(k);
    if (!row) {
      toCreate.push(data);
      continue;
    }
    const changed = Object.fromEntries(Object.entries(data).filter(([f, v]) => !same(row[f], v)));
    if (Object.keys(changed).length === 0) {
      stats.add(model, "unchanged");
      result.set(k, row);
    } else {
      stats.add(model, "updated");
      result.set(k, (await d.update({ where: { id: row.id! }, data: changed })) as T);
    }
  }
  if (toCreate.length > 0) {
    const created = (await d.createManyAndReturn({ data: toCreate })) as T[];
    for (const row of created) {
      stats.add(model, "created");
      result.set(key(row), row);
    }
  }
  return result;
}
