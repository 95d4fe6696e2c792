/** Requests to the /api/v1 route handlers as a client system sends them, and their JSON answers. */
const BASE = "http://127.0.0.1/api/v1";

export const ctx = <K extends string>(params: Record<K, string>) => ({ params: Promise.resolve(params) });

/** `token` null or absent: no Authorization header. */
export function apiRequest(path: string, init: { method?: string; token?: string | null; key?: string; body?: unknown } = {}): Request {
  const headers = new Headers({ "content-type": "application/json" });
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.key) headers.set("idempotency-key", init.key);
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

// Answers are checked field by field; a loose type keeps those checks short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

export async function json(res: Response | Promise<Response>) {
  const r = await res;
  return { status: r.status, body: (await r.json()) as Loose, replayed: r.headers.get("idempotent-replayed") === "true", headers: r.headers };
}
