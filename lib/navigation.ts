import { rolesAllowed } from "./auth/permissions";
import type { Role } from "./generated/prisma/enums";
import { m } from "./i18n";

export interface NavItem {
  href: string;
  label: string;
}

/** Which pages each role may open; the data-access layer enforces the same rules on the data. */
const ITEMS: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: "/", label: m.nav.overview, roles: ["ADMIN", "STAFF", "HOSPITAL_REPORTER", "UNIT_REPORTER", "LEADER", "AUDITOR"] },
  { href: "/dashboard", label: m.nav.dashboard, roles: rolesAllowed("dashboard:read") },
  { href: "/plans", label: m.nav.plans, roles: rolesAllowed("plan:read") },
  { href: "/review", label: m.nav.review, roles: ["STAFF"] },
  { href: "/manage", label: m.manage.nav, roles: rolesAllowed("plan:write") },
  { href: "/completeness", label: m.nav.completeness, roles: ["STAFF", "LEADER"] },
  { href: "/reports", label: m.nav.myReports, roles: ["HOSPITAL_REPORTER", "UNIT_REPORTER"] },
  { href: "/admin/users", label: m.nav.users, roles: ["ADMIN"] },
  { href: "/admin/periods", label: m.nav.periods, roles: ["ADMIN", "STAFF"] },
  { href: "/audit", label: m.nav.audit, roles: ["AUDITOR"] },
];

export function navigationFor(role: Role): NavItem[] {
  return ITEMS.filter((i) => i.roles.includes(role)).map(({ href, label }) => ({ href, label }));
}

export function canOpen(role: Role, href: string): boolean {
  return ITEMS.some((i) => i.href === href && i.roles.includes(role));
}
