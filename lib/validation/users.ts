import { z } from "zod";
import { passwordProblems } from "../auth/password-policy";
import { USER_STATUSES } from "../domain/user-status";
import { Role } from "../generated/prisma/enums";
import { m } from "../i18n";

const v = m.users.validation;

export const ZUsername = z
  .string({ error: v.usernameRequired })
  .trim()
  .min(1, v.usernameRequired)
  .min(3, v.usernameLength)
  .max(32, v.usernameLength)
  // Lowercase only: sign-in matches the username exactly, so "Zhang" and "zhang" must not both exist.
  .regex(/^[a-z0-9][a-z0-9._-]*$/, v.usernameChars);

const ZDisplayName = z.string({ error: v.displayNameRequired }).trim().min(1, v.displayNameRequired).max(40, v.displayNameLength);
const ZRole = z.enum(Role, { error: v.roleRequired });
const ZRegionId = z.string({ error: v.regionRequired }).trim().min(1, v.regionRequired).max(64);
/** An empty select submits "": no organisation. */
const ZOptionalId = z.string().trim().max(64).optional().transform((id) => id || null);

export interface TUserPlacement {
  role: Role;
  regionId: string;
  hospitalId: string | null;
  unitId: string | null;
}

/**
 * A reporter belongs to exactly one hospital (医院填报员) or responsible unit (责任单位填报员);
 * every other role to neither (issue #4, "Accounts and roles"). Pure, so the data-access
 * layer applies the same rule to input that did not come through a form.
 */
export function placementProblems(p: Omit<TUserPlacement, "regionId">): { field: "hospitalId" | "unitId"; message: string }[] {
  const problems: { field: "hospitalId" | "unitId"; message: string }[] = [];
  if (p.role === "HOSPITAL_REPORTER" && !p.hospitalId) problems.push({ field: "hospitalId", message: v.hospitalRequired });
  if (p.role !== "HOSPITAL_REPORTER" && p.hospitalId) problems.push({ field: "hospitalId", message: v.hospitalNotAllowed });
  if (p.role === "UNIT_REPORTER" && !p.unitId) problems.push({ field: "unitId", message: v.unitRequired });
  if (p.role !== "UNIT_REPORTER" && p.unitId) problems.push({ field: "unitId", message: v.unitNotAllowed });
  return problems;
}

function checkPlacement(p: Omit<TUserPlacement, "regionId">, ctx: z.RefinementCtx) {
  for (const problem of placementProblems(p)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

const ZUserFields = z.object({ displayName: ZDisplayName, role: ZRole, regionId: ZRegionId, hospitalId: ZOptionalId, unitId: ZOptionalId });

/** /admin/users/new. No password field: the system generates a temporary one. */
export const ZUserCreate = ZUserFields.extend({ username: ZUsername }).superRefine(checkPlacement);
export type TUserCreate = z.infer<typeof ZUserCreate>;

/** /admin/users/[id]. The username never changes: the audit log refers to it. */
export const ZUserUpdate = ZUserFields.extend({ id: z.string().trim().min(1).max(64) }).superRefine(checkPlacement);
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

/** Disable, enable, unlock and reset name the account and nothing else. */
export const ZUserId = z.object({ id: z.string().trim().min(1).max(64) });

export const USER_SORTS = ["username", "displayName", "role", "region", "status", "lastLoginAt"] as const;
export type TUserSort = (typeof USER_SORTS)[number];

/** The list's query string: anything unexpected falls back to the default, never an error. */
export const ZUserListQuery = z.object({
  q: z.string().trim().max(64).catch(""),
  role: z.enum(Role).nullable().catch(null),
  status: z.enum(USER_STATUSES).nullable().catch(null),
  sort: z.enum(USER_SORTS).catch("username"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseUserListQuery(params: Record<string, string | string[] | undefined>): TUserListQuery {
  const { q, role, status, sort, dir, page } = params;
  return ZUserListQuery.parse({ q: first(q) ?? "", role: first(role) ?? null, status: first(status) ?? null, sort: first(sort), dir: first(dir), page: first(page) });
}

const p = m.account.password;

/** /account/password. The policy needs the username, so the schema is made per user. */
export function passwordChangeSchema(username: string) {
  return z
    .object({
      currentPassword: z.string({ error: p.required }).min(1, p.required).max(256),
      newPassword: z.string({ error: p.required }).min(1, p.required).max(256),
      confirmPassword: z.string({ error: p.required }).min(1, p.required).max(256),
    })
    .superRefine((d, ctx) => {
      // All broken rules at once, so the user does not fix them one submission at a time.
      const problems = passwordProblems(d.newPassword, username);
      if (problems.length > 0) ctx.addIssue({ code: "custom", path: ["newPassword"], message: problems.join("；") });
      else if (d.confirmPassword !== d.newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: p.mismatch });
    });
}
export type TPasswordChange = z.infer<ReturnType<typeof passwordChangeSchema>>;

const c = m.users.cli;

/** `npm run user:create -- --role admin …`: role names as an operator types them (hospital-reporter). */
export const ZUserCreateCommand = z.object({
  role: z
    .string({ error: c.missingRole })
    .transform((r) => r.trim().toUpperCase().replace(/-/g, "_"))
    .pipe(z.enum(Role, { error: c.badRole })),
  username: ZUsername,
  name: z.string().trim().min(1, v.displayNameRequired).max(40, v.displayNameLength).optional(),
  region: z.string().trim().regex(/^\d{6}$/, c.badRegionCode).optional(),
  hospital: z.string().trim().min(1).max(40).optional(),
  unit: z.string().trim().min(1).max(60).optional(),
  noForceChange: z.boolean().default(false),
});
export type TUserCreateCommand = z.infer<typeof ZUserCreateCommand>;
