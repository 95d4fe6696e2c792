import { describe, expect, it } from "vitest";
import { PASSWORD_HISTORY_DEPTH, passwordExpired, passwordMaxAgeDays, passwordProblems } from "@/lib/auth/password-policy";
import { temporaryPassword } from "@/lib/auth/temporary-password";

const DAY = 86_400_000;

describe("password policy (等保2.0 身份鉴别)", () => {
  it("accepts a long password from three classes", () => {
    expect(passwordProblems("Wz#report7", "zhang")).toEqual([]);
    expect(passwordProblems("wz#report7", "zhang")).toEqual([]); // lower, digit, symbol
    expect(passwordProblems("WzReport77", "zhang")).toEqual([]); // lower, upper, digit
  });

  it("wants at least 8 characters and at most 128", () => {
    expect(passwordProblems("Wz#rep7", "zhang")).toEqual(["密码至少需要 8 个字符"]);
    expect(passwordProblems("Wz#rep78", "zhang")).toEqual([]);
    expect(passwordProblems(`Wz#7${"a".repeat(125)}`, "zhang")).toEqual(["密码不能超过 128 个字符"]);
  });

  it("wants three of the four character classes", () => {
    const rule = "密码需包含大写字母、小写字母、数字、特殊字符中的至少三类";
    expect(passwordProblems("wzreportxx", "zhang")).toEqual([rule]);
    expect(passwordProblems("wzreport77", "zhang")).toEqual([rule]);
    expect(passwordProblems("WZREPORT#!", "zhang")).toEqual([rule]);
    // A Chinese character counts as a special character, not as a letter.
    expect(passwordProblems("温州report77", "zhang")).toEqual([]);
  });

  it("refuses the username, inside the password too, whatever its case", () => {
    const rule = "密码不能包含用户名";
    expect(passwordProblems("Zhangsan#1", "zhangsan")).toEqual([rule]);
    expect(passwordProblems("My#ZHANGSAN1", "zhangsan")).toEqual([rule]);
    expect(passwordProblems("Zhang#san1", "zhangsan")).toEqual([]);
  });

  it("refuses common passwords, also when symbols were only sprinkled in", () => {
    const rule = "密码过于常见，请换一个";
    expect(passwordProblems("Password123", "zhang")).toContain(rule);
    expect(passwordProblems("Password123!", "zhang")).toContain(rule);
    expect(passwordProblems("P@ssw0rd", "zhang")).toContain(rule);
    expect(passwordProblems("Pass.word-123", "zhang")).toContain(rule);
    expect(passwordProblems("1qaz@WSX", "zhang")).toContain(rule);
    expect(passwordProblems("Demo@2026", "zhang")).toContain(rule);
    expect(passwordProblems("Wz#report7", "zhang")).not.toContain(rule);
  });

  it("lists every rule that is broken, in Chinese", () => {
    expect(passwordProblems("zhang", "zhang")).toEqual(["密码至少需要 8 个字符", "密码需包含大写字母、小写字母、数字、特殊字符中的至少三类", "密码不能包含用户名"]);
  });

  it("keeps a history of five", () => {
    expect(PASSWORD_HISTORY_DEPTH).toBe(5);
  });
});

describe("password expiry", () => {
  const now = new Date("2026-06-30T00:00:00Z");

  it("expires a password older than PASSWORD_MAX_AGE_DAYS, 90 by default", () => {
    expect(passwordMaxAgeDays({})).toBe(90);
    expect(passwordExpired(new Date(now.getTime() - 90 * DAY), now, 90)).toBe(false);
    expect(passwordExpired(new Date(now.getTime() - 91 * DAY), now, 90)).toBe(true);
    expect(passwordExpired(new Date(now.getTime() - 31 * DAY), now, passwordMaxAgeDays({ PASSWORD_MAX_AGE_DAYS: "30" }))).toBe(true);
  });

  it("treats a password never changed as expired", () => {
    expect(passwordExpired(null, now, 90)).toBe(true);
  });

  it("turns the rule off with PASSWORD_MAX_AGE_DAYS=0", () => {
    const maxAge = passwordMaxAgeDays({ PASSWORD_MAX_AGE_DAYS: "0" });
    expect(maxAge).toBe(0);
    expect(passwordExpired(new Date(now.getTime() - 10_000 * DAY), now, maxAge)).toBe(false);
    expect(passwordExpired(null, now, maxAge)).toBe(false);
  });
});

describe("temporary passwords", () => {
  it("always meet the policy, differ each time and avoid look-alike characters", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword("ab");
      expect(passwordProblems(password, "ab")).toEqual([]);
      expect(password).toMatch(/^[^0O1lI]{14}$/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
