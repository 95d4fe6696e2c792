import { DesignationLevel, DesignationStatus } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { DESIGNATION_SORTS, type TDesignationListQuery } from "@/lib/validation/specialties";
import { FilterSelect, ListFilterForm, listHref, SortLinks } from "./list-controls";

const d = m.manage.designations;

export const designationListHref = (q: TDesignationListQuery, change: Partial<TDesignationListQuery> = {}) => listHref("/manage/specialties/designations", q, DESIGNATION_SORTS[0], change);

interface Options {
  hospitals: { id: string; name: string }[];
  specialties: { id: string; name: string }[];
  plans: { id: string; shortTitle: string }[];
}

export function DesignationFilterForm({ query, total, options }: { query: TDesignationListQuery; total: number; options: Options }) {
  return (
    <ListFilterForm path="/manage/specialties/designations" query={query} total={total} searchPlaceholder={d.searchPlaceholder}>
      <FilterSelect name="level" label={d.level} value={query.level} all={d.allLevels} options={Object.values(DesignationLevel).map((l) => ({ value: l, label: m.manage.designationLevels[l] }))} />
      <FilterSelect name="status" label={d.status} value={query.status} all={d.allStatuses} options={Object.values(DesignationStatus).map((s) => ({ value: s, label: m.manage.designationStatuses[s] }))} />
      <FilterSelect name="plan" label={d.planFilter} value={query.plan} all={d.allPlans} options={options.plans.map((p) => ({ value: p.id, label: p.shortTitle }))} />
      <FilterSelect name="hospital" label={d.hospital} value={query.hospital} all={d.allHospitals} options={options.hospitals.map((h) => ({ value: h.id, label: h.name }))} />
      <FilterSelect name="specialty" label={d.specialty} value={query.specialty} all={d.allSpecialties} options={options.specialties.map((s) => ({ value: s.id, label: s.name }))} />
    </ListFilterForm>
  );
}

export function DesignationSortLinks({ query }: { query: TDesignationListQuery }) {
  return <SortLinks sorts={DESIGNATION_SORTS} labels={d.sorts} query={query} hrefFor={(change) => designationListHref(query, change)} />;
}
