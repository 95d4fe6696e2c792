import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlanSource } from "@/lib/dal/plan-source";
import { getPlanByCode, getPlanOutline } from "@/lib/dal/plans";
import { getTarget, listPlanTargets } from "@/lib/dal/targets";
import { citationQuoteKey, targetQuoteKey } from "@/lib/domain/source-anchor";
import { AppError } from "@/lib/errors";
import { seedDatabase } from "@/seed";
import { loadPlanBundles } from "@/seed/data";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

const WZ = "WZ-2023-80";
const MAIN = "001_221d51d9768594f4.txt";
const COPY_A2 = "000_3e53f0e1dca5df2f.txt";
let db: TestDatabase;

const actingUser = (username: string) => actorFor(db.prisma, username);

const seedTarget = (planCode: string, code: string) =>
  loadPlanBundles()
    .find((b) => b.plan.code === planCode)!
    .parts.flatMap((p) => p.targets)
    .find((t) => t.code === code)!;
const targetId = async (planCode: string, code: string) => (await db.prisma.target.findFirstOrThrow({ where: { code, plan: { code: planCode } }, select: { id: true } })).id;

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
});
afterAll(() => db?.close());

describe("getTarget", () => {
  it("gives a Wenzhou leader a Wenzhou target with its exact quote, its other places and its parties", async () => {
    const leader = await actingUser("leader");
    const seeded = seedTarget(WZ, "A1-05-T1");
    const target = await getTarget(leader, await targetId(WZ, "A1-05-T1"));
    expect(target).not.toBeNull();
    expect(target!.sourceFile).toBe(seeded.source.file);
    expect(target!.sourceQuote).toBe(seeded.source.quote);
    expect(target!.citations.map((c) => [c.sourceFile, c.quote])).toEqual(seeded.alsoIn.map((c) => [c.file, c.quote]));
    expect(target!.value).toBe(10);
    expect(typeof target!.baselineValue).toBe("number");
    expect(target!.plan.code).toBe(WZ);
    expect(target!.units[0]).toMatchObject({ name: "市卫健委", isLead: true });
    expect(target!.units.slice(1).every((u) => !u.isLead)).toBe(true);
    expect(target!.assignees.length).toBeGreaterThan(0);
  });

  it("lets a hospital reporter of Wenzhou read it too (plan:read)", async () => {
    expect(await getTarget(await actingUser("wmu1"), await targetId(WZ, "A1-05-T1"))).not.toBeNull();
  });

  it("returns null for the Tianjin leader, as if the target did not exist", async () => {
    const tianjin = await actingUser("tj-leader");
    expect(await getTarget(tianjin, await targetId(WZ, "A1-05-T1"))).toBeNull();
    expect(await getTarget(tianjin, "no-such-target")).toBeNull();
    expect(await getTarget(tianjin, await targetId("TJ-14-5", (await db.prisma.target.findFirstOrThrow({ where: { plan: { code: "TJ-14-5" } } })).code))).not.toBeNull();
  });

  it("refuses the auditor, who reads only the audit log", async () => {
    const auditor = await actingUser("auditor");
    const refused = getTarget(auditor, await targetId(WZ, "A1-05-T1"));
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("plan pages", () => {
  it("gives the plan, its sections and tasks in document order, and every target in code order", async () => {
    const leader = await actingUser("leader");
    const plan = (await getPlanByCode(leader, WZ))!;
    expect(plan).toMatchObject({ code: WZ, documentNumber: "温政办〔2023〕80号", regionName: "温州市", startYear: 2023, endYear: 2025 });
    const bundle = loadPlanBundles().find((b) => b.plan.code === WZ)!;
    const { sections, tasks } = await getPlanOutline(leader, plan.id);
    expect(sections.map((s) => s.code)).toEqual(bundle.sections.map((s) => s.code));
    expect(tasks.map((t) => t.code)).toEqual(bundle.parts.flatMap((p) => p.tasks).map((t) => t.code));
    const leadsFirst = (units: { isLead: boolean }[]) => units.every((u, i) => i === 0 || !u.isLead || units[i - 1].isLead);
    expect(tasks.every((t) => leadsFirst(t.units))).toBe(true);
    expect(tasks.find((t) => t.code === "A1-05")!.units[0]).toEqual({ name: "市卫健委", isLead: true });

    const targets = await listPlanTargets(leader, plan.id);
    expect(targets).toHaveLength(bundle.parts.flatMap((p) => p.targets).length);
    const a105 = targets.filter((t) => t.code.startsWith("A1-05-")).map((t) => t.code);
    expect(a105).toEqual([...a105].sort((a, b) => Number(a.split("-T")[1]) - Number(b.split("-T")[1])));
  });

  it("hides another region's plan and its contents", async () => {
    const tianjin = await actingUser("tj-leader");
    expect(await getPlanByCode(tianjin, WZ)).toBeNull();
    const wzId = (await db.prisma.plan.findUniqueOrThrow({ where: { code: WZ } })).id;
    expect(await getPlanOutline(tianjin, wzId)).toEqual({ sections: [], tasks: [] });
    expect(await listPlanTargets(tianjin, wzId)).toEqual([]);
    expect(await getPlanByCode(await actingUser("gz-staff"), WZ)).toBeNull();
    await expect(getPlanByCode(await actingUser("auditor"), WZ)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getPlanSource", () => {
  it("marks the focused target's quotes in the plan's main document by default", async () => {
    const leader = await actingUser("leader");
    const id = await targetId(WZ, "A1-05-T1");
    const view = (await getPlanSource(leader, WZ, { targetId: id }))!;
    expect(view.file).toBe(MAIN);
    expect(view.files.map((f) => f.file)).toEqual([MAIN, COPY_A2, "004_8c6d92b27c4e23f4.txt"]);
    expect(view.files[0].label).toBe("温政办〔2023〕80号 全文（含附件1—4）");
    expect(view.missing).toEqual([]);
    expect(view.segments.map((s) => s.text).join("")).toContain("温政办〔2023〕80号");
    expect(view.focus).toMatchObject({ targetId: id, code: "A1-05-T1" });
    expect(view.focus!.keys).toContain(targetQuoteKey(id));
    const marked = view.segments.filter((s) => s.keys.includes(targetQuoteKey(id))).map((s) => s.text).join("");
    // The sentence stands in the plan body and again in 附件1: both places are marked.
    expect(view.occurrences[targetQuoteKey(id)]).toBe(2);
    expect(marked).toBe(seedTarget(WZ, "A1-05-T1").source.quote.repeat(2));
  });

  it("switches to a copy of an attachment and marks the citations found there", async () => {
    const leader = await actingUser("leader");
    const id = await targetId(WZ, "A1-05-T1");
    const citation = await db.prisma.targetCitation.findFirstOrThrow({ where: { targetId: id, sourceFile: COPY_A2 } });
    const view = (await getPlanSource(leader, WZ, { file: COPY_A2, targetId: id }))!;
    expect(view.file).toBe(COPY_A2);
    expect(view.focus!.keys).toEqual([citationQuoteKey(citation.id)]);
    expect(view.occurrences[citationQuoteKey(citation.id)]).toBe(1);
  });

  it("serves no file outside the plan's own documents and nothing outside the user's region", async () => {
    const leader = await actingUser("leader");
    expect(await getPlanSource(leader, WZ, { file: "002_170e9a2674a15e6e.txt" })).toBeNull();
    expect(await getPlanSource(leader, WZ, { file: "../../package.json" })).toBeNull();
    expect(await getPlanSource(await actingUser("tj-leader"), WZ, {})).toBeNull();
    // A target of another plan is not focused (nor described) in this plan's view.
    const tjTarget = (await db.prisma.target.findFirstOrThrow({ where: { plan: { code: "TJ-14-5" } } })).id;
    expect((await getPlanSource(leader, WZ, { targetId: tjTarget }))!.focus).toBeNull();
  });
});
