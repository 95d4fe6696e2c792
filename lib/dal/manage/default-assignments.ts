import "server-only";
import { defaultAssignees, type DefaultAssignee } from "../../domain/default-assignees";
import type { Tx } from "./write";

export interface NewTargetReporters {
  targetId: string;
  hospitalIds: readonly string[];
  scopeHospitalId: string | null;
  leadUnitIds: readonly string[];
}

/**
 * Writes new targets' default assignments (lib/domain/default-assignees.ts) inside the
 * caller's transaction. An archived hospital or unit reports on nothing: it is left out, as
 * the assignment panel would not offer it either.
 */
export async function createDefaultAssignments(tx: Tx, targets: readonly NewTargetReporters[]): Promise<(DefaultAssignee & { targetId: string })[]> {
  const wanted = targets.flatMap((t) => defaultAssignees(t).map((a) => ({ ...a, targetId: t.targetId })));
  const ids = (key: "hospitalId" | "unitId") => [...new Set(wanted.map((a) => a[key]).filter((id): id is string => id !== null))];
  const hospitals = await tx.hospital.findMany({ where: { id: { in: ids("hospitalId") }, archivedAt: null }, select: { id: true } });
  const units = await tx.responsibleUnit.findMany({ where: { id: { in: ids("unitId") }, archivedAt: null }, select: { id: true } });
  const live = new Set([...hospitals, ...units].map((r) => r.id));
  const rows = wanted.filter((a) => live.has(a.hospitalId ?? a.unitId!));
  if (rows.length > 0) await tx.assignment.createMany({ data: rows });
  return rows;
}
