import type { NextConfig } from "next";

/** Headers for every response, static files included; the CSP and caching rules are per request (proxy.ts). */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package folder at run time,
  // and argon2 is a native addon: both stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // forbidden() answers HTTP 403 for a role that may not open a page (lib/auth/current-user.ts).
  // The plan import uploads a workbook of up to 5 MB through a server action (default limit 1 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
