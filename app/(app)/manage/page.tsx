import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { m } from "@/lib/i18n";

const hub = m.manage.hub;
export const metadata: Metadata = { title: hub.title };

const SECTIONS = [
  { href: "/manage/plans", title: hub.plans, body: hub.plansBody },
  { href: "/plans", title: hub.targets, body: hub.targetsBody },
  { href: "/manage/units", title: hub.units, body: hub.unitsBody },
  { href: "/manage/hospitals", title: hub.hospitals, body: hub.hospitalsBody },
  { href: "/manage/specialties", title: hub.specialties, body: hub.specialtiesBody },
  { href: "/manage/regions", title: hub.regions, body: hub.regionsBody },
  { href: "/admin/periods", title: hub.periods, body: hub.periodsBody },
  { href: "/manage/import", title: hub.import, body: hub.importBody },
];

/** Where staff start maintaining the plans and the organisations that carry them out. */
export default async function ManagePage() {
  await requirePermission("plan:write", "/manage");
  return (
    <div className="space-y-5">
      <PageHeader title={hub.title} description={hub.description} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link href={s.href} className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-xs hover:border-brand-300 hover:bg-brand-50/40">
              <h2 className="font-semibold text-slate-900">{s.title}</h2>
              <p className="mt-1 text-sm leading-relaxed text-slate-600">{s.body}</p>
              <span className="mt-3 inline-block text-sm text-brand-700">{hub.open} →</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
