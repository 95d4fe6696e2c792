/** One reporter of a target: a hospital or a responsible unit, never both (Assignment). */
export type DefaultAssignee = { hospitalId: string; unitId: null } | { hospitalId: null; unitId: string };

/**
 * Who reports on a new target by default, wherever it comes from (the seed, the Excel
 * import, /manage/targets/new): the hospitals it names, else the one hospital it is scoped
 * to, else its lead unit(s). The plans name hospitals where a figure is theirs (附件4's
 * hospital columns); a city-wide figure is the lead unit's to report (DOMAIN.md). Staff can
 * change the assignments afterwards on the target's page.
 */
export function defaultAssignees(target: { hospitalIds: readonly string[]; scopeHospitalId: string | null; leadUnitIds: readonly string[] }): DefaultAssignee[] {
  const hospitals = target.hospitalIds.length > 0 ? target.hospitalIds : target.scopeHospitalId ? [target.scopeHospitalId] : [];
  if (hospitals.length > 0) return [...new Set(hospitals)].map((hospitalId) => ({ hospitalId, unitId: null }));
  return [...new Set(target.leadUnitIds)].map((unitId) => ({ hospitalId: null, unitId }));
}
