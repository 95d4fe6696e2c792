import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPlanDocument, QuotesLostError, setPlanDocument } from "@/lib/dal/manage/plan-document";
import { createPlan, getManagedPlan, updatePlan } from "@/lib/dal/manage/plans";
import { createTarget } from "@/lib/dal/manage/target-create";
import { createTask } from "@/lib/dal/manage/tasks";
import { getPlanSource } from "@/lib/dal/plan-source";
import { targetQuoteKey } from "@/lib/domain/source-anchor";
import { AppError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { decodePlanText } from "@/lib/import/plan-text";
import { readSourceDocument } from "@/lib/source-documents";
import { ZPlanDocument } from "@/lib/validation/plan-document";
import { ZPlanCreate, ZPlanUpdate } from "@/lib/validation/plans";
import { ZTargetCreate } from "@/lib/validation/target-edit";
import { ZTaskCreate } from "@/lib/validation/tasks";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { encodeGbk } from "../helpers/gbk";
import { auditsOf, expectDenied, expectFieldError } from "../helpers/manage";
import { rejection } from "../helpers/rejection";

const d = m.manage.planDocument;
let db: TestDatabase;
let staff: SessionUser;
let gzStaff: SessionUser;
let leader: SessionUser;
let wenzhouId: string;
let planId: string;
let targetId: string;

const QUOTE = "到2028年，新增省级临床重点专科15个";
const TEXT = `瓯海市临床专科能力提升三年行动方案（2026—2028年）\n\n一、主要目标\n${QUOTE}，打造区域医疗高地。\n二、重点任务\n（一）建设重点专科。\n`;

const planForm = (code: string) =>
  ZPlanCreate.parse({ code, title: `${code} 临床专科能力提升三年行动方案`, shortTitle: code, issuer: "温州市卫生健康委员会", startYear: "2026", endYear: "2028", regionId: wenzhouId, sourceFile: "" });
const documentForm = (over: Record<string, string> = {}) => ZPlanDocument.parse({ planId, fileName: "", title: "瓯海行动方案 全文", text: TEXT, loaded: "", ...over });
const loadedOf = async (id = planId) => {
  const doc = await getPlanDocument(staff, id);
  return doc?.kind === "entered" ? doc.updatedAt.toISOString() : "";
};

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  [staff, gzStaff, leader] = await Promise.all(["staff", "gz-staff", "leader"].map((u) => actorFor(db.prisma, u)));
  wenzhouId = (await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } })).id;
  planId = await createPlan(staff, planForm("OH-2026"));
  const taskId = await createTask(staff, ZTaskCreate.parse({ planId, code: "T01", number: "（一）", title: "建设重点专科", text: "", sectionId: "", regionId: "", sourceFile: "", sourceQuote: "建设重点专科", sortOrder: "" }));
  const target = { taskId, code: "T01-1", metric: "省级临床重点专科数量", kind: "COUNT", comparator: "GTE", value: "15", valueHigh: "", unit: "个", deadlineYear: "2028", deadlineDate: "" };
  targetId = await createTarget(staff, ZTargetCreate.parse({ ...target, baselineValue: "", baselineYear: "", scope: "全市", scopeRegionId: "", scopeHospitalId: "", aggregation: "SUM", sourceFile: "未收录原文", sourceQuote: QUOTE, decisionNote: "" }));
}, 120_000);
afterAll(() => db?.close());

describe("entering a fourth plan's published text", () => {
  it("refuses a text that would lose a quote the plan already has, listing it, and writes nothing", async () => {
    const e = await rejection<QuotesLostError>(setPlanDocument(staff, documentForm({ text: "瓯海行动方案：全文待补充。" })));
    expect(e).toBeInstanceOf(QuotesLostError);
    expect(e.lost).toEqual([d.lostTarget("T01-1", "省级临床重点专科数量"), d.lostTask("T01", "建设重点专科")]);
    expect(await db.prisma.sourceDocument.count()).toBe(0);
  });

  it("stores the text under the plan's new name, moves the plan's quotes onto it and audits lengths and a hash, not the text", async () => {
    const saved = await setPlanDocument(staff, documentForm());
    expect(saved).toMatchObject({ file: "OH-2026.txt", relinked: 2 });
    expect(await readSourceDocument("OH-2026.txt")).toBe(TEXT);
    expect((await getManagedPlan(staff, planId))!.sourceFile).toBe("OH-2026.txt");
    expect(await db.prisma.target.findUniqueOrThrow({ where: { id: targetId }, select: { sourceFile: true, version: true } })).toEqual({ sourceFile: "OH-2026.txt", version: 2 });
    const [event] = await auditsOf(db.prisma, "plan.documentSet", planId);
    expect(event.before).toBeNull();
    expect(event.after).toMatchObject({ file: "OH-2026.txt", title: "瓯海行动方案 全文", length: TEXT.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify([event.after, event.detail])).not.toContain(QUOTE);
  });

  it("shows the text in the document view with the target's quote highlighted and linked", async () => {
    const view = (await getPlanSource(staff, "OH-2026", {}))!;
    expect(view.file).toBe("OH-2026.txt");
    expect(view.files).toEqual([{ file: "OH-2026.txt", label: "瓯海行动方案 全文" }]);
    expect(view.occurrences).toEqual({ [targetQuoteKey(targetId)]: 1 });
    expect(view.quotes[targetQuoteKey(targetId)]).toMatchObject({ targetId, code: "T01-1" });
    expect(view.missing).toEqual([]);
  });

  it("checks a new target's quote against the entered text", async () => {
    const task = await db.prisma.task.findFirstOrThrow({ where: { planId }, select: { id: true } });
    const form = ZTargetCreate.parse({
      taskId: task.id, code: "T01-2", metric: "区域医疗高地", kind: "MILESTONE", comparator: "EQ", value: "", valueHigh: "", unit: "", deadlineYear: "2028", deadlineDate: "",
      baselineValue: "", baselineYear: "", scope: "全市", scopeRegionId: "", scopeHospitalId: "", aggregation: "SUM", sourceFile: "OH-2026.txt", sourceQuote: "打造国家医学中心", decisionNote: "",
    });
    await expectFieldError(createTarget(staff, form), "sourceQuote", m.manage.target.quoteNotFound);
    expect(await createTarget(staff, { ...form, sourceQuote: "打造区域医疗高地" })).toEqual(expect.any(String));
  });

  it("replaces the text while every quote still stands, keeping the name; refuses one that drops a cited quote", async () => {
    const longer = `${TEXT}三、保障措施\n加强组织领导。\n`;
    await setPlanDocument(staff, documentForm({ text: longer, fileName: "ignored.txt", loaded: await loadedOf() }));
    expect(await readSourceDocument("OH-2026.txt")).toBe(longer);
    expect(await db.prisma.sourceDocument.count({ where: { file: "ignored.txt" } })).toBe(0);
    const [, replaced] = await auditsOf(db.prisma, "plan.documentSet", planId);
    expect(replaced.before).toMatchObject({ length: TEXT.length });
    expect(replaced.after).toMatchObject({ length: longer.length });

    const dropped = longer.replace(QUOTE, "到2028年，新增省级临床重点专科若干个");
    const e = await rejection<QuotesLostError>(setPlanDocument(staff, documentForm({ text: dropped, loaded: await loadedOf() })));
    expect(e.lost).toEqual([d.lostTarget("T01-1", "省级临床重点专科数量")]);
    expect(await readSourceDocument("OH-2026.txt")).toBe(longer);
  });

  it("refuses a replacement based on an outdated text (CONFLICT) and keeps the newer one", async () => {
    const stale = await loadedOf();
    await setPlanDocument(staff, documentForm({ text: `${TEXT}（修订一）`, loaded: stale }));
    const e = await rejection(setPlanDocument(staff, documentForm({ text: `${TEXT}（修订二）`, loaded: stale })));
    expect(e).toMatchObject({ code: "CONFLICT", message: d.stale });
    expect(await readSourceDocument("OH-2026.txt")).toBe(`${TEXT}（修订一）`);
  });

  it("reads a GBK file's text and checks quotes against it like any other", async () => {
    const gbkPlan = await createPlan(staff, planForm("OH-GBK"));
    const decoded = decodePlanText(encodeGbk(TEXT.replace(/\n/g, "\r\n")));
    expect(decoded).toMatchObject({ ok: true, encoding: "GB18030", text: TEXT });
    await setPlanDocument(staff, ZPlanDocument.parse({ planId: gbkPlan, fileName: "瓯海方案（GBK）.txt", title: "GBK 原文", text: decoded.ok ? decoded.text : "", loaded: "" }));
    expect((await readSourceDocument("瓯海方案（GBK）.txt"))!.includes(QUOTE)).toBe(true);
  });

  it("refuses a name of a bundled document or another plan's text, and a name that is a path", async () => {
    const other = await createPlan(staff, planForm("OH-NAME"));
    await expectFieldError(setPlanDocument(staff, documentForm({ planId: other, fileName: "001_221d51d9768594f4.txt" })), "fileName", d.fileNameBundled);
    await expectFieldError(setPlanDocument(staff, documentForm({ planId: other, fileName: "OH-2026.txt" })), "fileName", d.fileNameTaken);
    for (const name of ["../package.json", "seed/sources/x.txt", ".env", "a\\b.txt"]) {
      expect(fieldErrorsOf(ZPlanDocument.safeParse({ planId: other, fileName: name, title: "x", text: "x", loaded: "" }).error!)).toEqual({ fileName: d.fileNameFormat });
    }
    expect(await readSourceDocument("../package.json")).toBeNull();
    expect(await getPlanSource(staff, "OH-2026", { file: "../package.json" })).toBeNull();
    expect(await getPlanSource(staff, "OH-2026", { file: "002_170e9a2674a15e6e.txt" })).toBeNull();
  });

  it("refuses a text over the size limit and an empty one, in Chinese", () => {
    const errors = (text: string) => fieldErrorsOf(ZPlanDocument.safeParse({ planId, fileName: "", title: "x", text, loaded: "" }).error!);
    expect(errors("字".repeat(300_001))).toEqual({ text: d.textTooLong("300,000") });
    expect(errors(" \r\n ")).toEqual({ text: d.textRequired });
  });

  it("refuses a leader (403) and another region's staff (404), both audited as DENIED; a bundled text cannot be replaced", async () => {
    const form = documentForm({ loaded: await loadedOf() });
    await expectDenied(db.prisma, () => setPlanDocument(leader, form), { code: "FORBIDDEN", action: "plan.documentSet", entityId: planId });
    await expectDenied(db.prisma, () => setPlanDocument(gzStaff, form), { code: "NOT_FOUND", action: "plan.documentSet", entityId: planId });
    const seeded = await db.prisma.plan.findUniqueOrThrow({ where: { code: "WZ-2023-80" }, select: { id: true } });
    expect(await rejection(setPlanDocument(staff, documentForm({ planId: seeded.id })))).toMatchObject({ code: "CONFLICT", message: d.bundledReadOnly });
  });

  it("lets the plan form keep its own text but never point at another plan's", async () => {
    const p = (await getManagedPlan(staff, planId))!;
    expect(p.ownDocument).toEqual({ file: "OH-2026.txt", label: "瓯海行动方案 全文" });
    const form = (sourceFile: string) =>
      ZPlanUpdate.parse({ id: planId, updatedAt: p.updatedAt.toISOString(), title: `${p.title}（修订）`, shortTitle: p.shortTitle, documentNumber: "", issuer: p.issuer, issuedOn: "", startYear: "2026", endYear: "2028", regionId: p.regionId, sourceFile });
    const e = await rejection<AppError & { field?: string }>(updatePlan(staff, form("瓯海方案（GBK）.txt")));
    expect(e.field).toBe("sourceFile");
    await updatePlan(staff, form("OH-2026.txt"));
    expect((await getManagedPlan(staff, planId))!.sourceFile).toBe("OH-2026.txt");
  });
});
