import "server-only";
import { headers } from "next/headers";
import type { AuditActor } from "../audit/record";
import type { SessionUser } from "./session-user";

/**
 * The client's address: the first hop of X-Forwarded-For, which `next start` and a reverse
 * proxy in front of it set. Deployments behind a proxy must have it overwrite, not append,
 * the header (docs/security.md).
 */
export function clientIp(h: Headers): string | null {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || null;
}

export async function requestOrigin(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIp(h), userAgent: h.get("user-agent")?.slice(0, 512) ?? null };
}

/** The acting user and where the request came from, for the audit log. */
export async function auditActorFor(user: SessionUser | null): Promise<AuditActor> {
  const origin = await requestOrigin();
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    role: user?.role ?? null,
    regionId: user?.regionId ?? null,
    ...origin,
  };
}
