/**
 * One-time passwords an admin hands over after creating an account or resetting one. The
 * user must replace it at the next sign-in (mustChangePassword), so it only has to be strong
 * and easy to read out: no 0/O, 1/l/I look-alikes.
 */
import { randomInt } from "node:crypto";
import { passwordProblems } from "./password-policy";

const CLASSES = ["abcdefghijkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "@#%+=?!"];
const ALL = CLASSES.join("");
const LENGTH = 14;

export function temporaryPassword(username: string): string {
  for (;;) {
    // One of each class, the rest from all of them, then shuffled (Fisher–Yates, CSPRNG).
    const chars = [...CLASSES.map(pick), ...Array.from({ length: LENGTH - CLASSES.length }, () => pick(ALL))];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join("");
    // Practically always acceptable; the loop guards against the username turning up by chance.
    if (passwordProblems(password, username).length === 0) return password;
  }
}

const pick = (set: string) => set[randomInt(set.length)];
