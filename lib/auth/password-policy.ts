/**
 * The password rules of 等保2.0 Level 3 (身份鉴别): at least 8 characters from 3 of the 4
 * classes, not the username, not a common password, not one of the last 5. Pure.
 */
import { m } from "../i18n";
import { COMMON_PASSWORDS } from "./common-passwords";

const t = m.passwordPolicy;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_HISTORY_DEPTH = 5;
/** Days before a password must be changed; PASSWORD_MAX_AGE_DAYS=0 turns the rule off. */
export const passwordMaxAgeDays = (env: Readonly<Record<string, string | undefined>> = process.env) =>
  Number(env.PASSWORD_MAX_AGE_DAYS ?? 90);

const CLASSES: RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** Every rule the password breaks, in Chinese; empty when it is acceptable. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(t.tooShort(PASSWORD_MIN_LENGTH));
  if (password.length > 128) problems.push(t.tooLong);
  const classes = CLASSES.filter((re) => re.test(password)).length;
  if (classes < 3) problems.push(t.classes);
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (lower === name || lower.includes(name))) problems.push(t.username);
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/[^a-z0-9]/g, ""))) problems.push(t.common);
  return problems;
}

export function passwordExpired(changedAt: Date | null, now = new Date(), maxAgeDays = passwordMaxAgeDays()): boolean {
  if (maxAgeDays <= 0) return false;
  if (!changedAt) return true;
  return now.getTime() - changedAt.getTime() > maxAgeDays * 86_400_000;
}
