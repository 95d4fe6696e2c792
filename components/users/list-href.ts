import type { TUserListQuery } from "@/lib/validation/users";

/** The list's URL for a query; defaults are left out so links stay short and shareable. */
export function userListHref(query: TUserListQuery, change: Partial<TUserListQuery> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.q) params.set("q", q.q);
  if (q.role) params.set("role", q.role);
  if (q.status) params.set("status", q.status);
  if (q.sort !== "username") params.set("sort", q.sort);
  if (q.dir !== "asc") params.set("dir", q.dir);
  if (q.page > 1) params.set("page", String(q.page));
  const search = params.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}
