/**
 * Time-based one-time passwords (RFC 6238: 30-second steps, 6 digits, HMAC-SHA1), as every
 * authenticator app speaks them. One step of clock drift is accepted either way.
 */
import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { Role } from "../generated/prisma/enums";
import { m } from "../i18n";

const DRIFT_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

/** The time step a valid code belongs to (for single use), or null when the code is wrong. */
export async function verifyTotp(secret: string, code: string, now = Date.now()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: DRIFT_SECONDS });
  if (!result.valid) return null;
  const delta = "delta" in result && typeof result.delta === "number" ? result.delta : 0;
  return Math.floor(epoch / 30) + delta;
}

export const totpCode = (secret: string, now = Date.now()) => generate({ secret, epoch: Math.floor(now / 1000) });

export async function enrolmentQr(secret: string, username: string): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = generateURI({ issuer: m.app.shortName, label: username, secret });
  return { uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/**
 * Roles that must sign in with a second factor: by default the ones that can change or read
 * everything in their region (admin, staff, auditor). TOTP_REQUIRED_ROLES overrides the
 * list (comma-separated, "none" for no role). Demo accounts are exempt so the demo stays
 * quick to try; a production database has none.
 */
export function totpRequired(role: Role, isDemo: boolean, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  if (isDemo) return false;
  const configured = env.TOTP_REQUIRED_ROLES?.trim();
  const roles = configured === undefined || configured === "" ? ["ADMIN", "STAFF", "AUDITOR"] : configured === "none" ? [] : configured.split(",").map((r) => r.trim());
  return roles.includes(role);
}
