import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "../dal/authentication";
import { signOutEverywhere } from "../dal/sessions";
import { clientIp } from "./request-context";
import { appSecret } from "./secret";

/** The cookie lives as long as the absolute session limit; idle timeouts are checked per request (lib/dal/sessions.ts). */
const SESSION_MAX_AGE = 12 * 60 * 60;

interface AppToken {
  uid?: string;
  sv?: number;
  sid?: string;
}

/** next-auth hands authorize() the request headers as a plain object. */
const headersOf = (req: { headers?: Record<string, unknown> } | undefined) =>
  new Headers(Object.entries(req?.headers ?? {}).filter((e): e is [string, string] => typeof e[1] === "string"));

export const authOptions: NextAuthOptions = {
  secret: appSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login", error: "/login" },
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" }, otp: { type: "text" } },
      async authorize(credentials, req) {
        const headers = headersOf(req);
        const result = await authenticate({
          username: credentials?.username ?? "",
          password: credentials?.password ?? "",
          otp: credentials?.otp || undefined,
          ip: clientIp(headers),
          userAgent: headers.get("user-agent")?.slice(0, 512) ?? null,
        });
        // next-auth hands a thrown message to the sign-in form as `error`.
        if (!result.ok) throw new Error(result.reason);
        return { id: result.userId, name: result.displayName, sessionVersion: result.sessionVersion, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; sessionVersion?: number; sessionId?: string };
        Object.assign(token, { uid: u.id, sv: u.sessionVersion ?? 0, sid: u.sessionId } satisfies AppToken);
      }
      return token;
    },
    session({ session, token }) {
      const t = token as AppToken;
      return { ...session, uid: t.uid, sv: t.sv, sid: t.sid };
    },
  },
  events: {
    async signOut({ token }) {
      const t = token as AppToken | null;
      if (t?.uid) {
        await signOutEverywhere(t.uid, t.sid ?? null, { userId: t.uid, username: null, role: null, regionId: null, ip: null, userAgent: null });
      }
    },
  },
};
