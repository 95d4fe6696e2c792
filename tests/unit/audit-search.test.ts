import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_AREAS, AUDIT_ACTIONS } from "@/lib/audit/actions";
import { auditEventWhere, chinaDayStart } from "@/lib/dal/audit-query";
import { describeAuditFilters } from "@/lib/export/audit";
import { m } from "@/lib/i18n";
import { auditSearchQuery, parseAuditSearch } from "@/lib/validation/audit";

describe("the audit filter in the URL", () => {
  it("reads filters and a page, treating empty fields as 'any'", () => {
    const parsed = parseAuditSearch(new URLSearchParams("user=+wmu+&action=user.&outcome=&from=2026-03-01&to=2026-03-02&before=120"));
    expect(parsed).toMatchObject({ ok: true, filters: { user: "wmu", action: "user.", from: "2026-03-01", to: "2026-03-02" }, cursor: { before: "120" } });
    expect(parsed.ok && parsed.filters.outcome).toBeUndefined();
  });

  it("refuses impossible dates, a reversed range, unknown outcomes, odd action codes and cursors", () => {
    const bad = parseAuditSearch({ from: "2026-02-30", to: "2026-13-01", outcome: "MAYBE", action: "user'; drop", before: "-1" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["action", "cursor", "from", "outcome", "to"]);
    expect(bad.values.from).toBe("2026-02-30"); // kept for the form
    const reversed = parseAuditSearch({ from: "2026-03-02", to: "2026-03-01" });
    expect(reversed.ok ? null : reversed.fieldErrors.to).toBe(m.audit.filter.dateOrder);
  });

  it("writes the same filter back as a query string, empty fields left out", () => {
    expect(auditSearchQuery({ user: "张三", action: "auth." }, { before: "9" })).toBe("?user=%E5%BC%A0%E4%B8%89&action=auth.&before=9");
    expect(auditSearchQuery({})).toBe("");
  });

  it("takes a day as Beijing's day, also at the end of the range", () => {
    expect(chinaDayStart("2026-03-02").toISOString()).toBe("2026-03-01T16:00:00.000Z");
    const where = auditEventWhere({ from: "2026-03-01", to: "2026-03-01" }, ["r1"]);
    expect(where.AND).toContainEqual({ occurredAt: { gte: new Date("2026-02-28T16:00:00Z") } });
    expect(where.AND).toContainEqual({ occurredAt: { lt: new Date("2026-03-01T16:00:00Z") } });
  });
});

describe("audit action labels", () => {
  it("names every known action and every area in Chinese", () => {
    const unnamed = Object.values(AUDIT_ACTIONS).filter((code) => !/\p{Script=Han}/u.test(m.audit.actions[code] ?? ""));
    expect(unnamed).toEqual([]);
    for (const area of AUDIT_ACTION_AREAS) expect(m.audit.areas[area]).toMatch(/\p{Script=Han}/u);
  });

  it("describes a filter in words for the export's notes", () => {
    expect(describeAuditFilters({})).toBe(m.audit.export.notes.noFilters);
    expect(describeAuditFilters({ user: "wmu", action: "user.", outcome: "DENIED" })).toBe("用户名：wmu；操作：用户管理（全部）；结果：拒绝");
  });
});
