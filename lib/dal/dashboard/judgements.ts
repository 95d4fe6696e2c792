import "server-only";
import { db } from "../../db";
import { targetInForce, type RevisableTargetFields, type TargetRevisionFacts } from "../../domain/target-in-force";
import { chinaDay, isoFromDay, judgeTarget, type PlanPeriod, type ProgressObservation, type ProgressStatus, type ProgressTarget, type Projection, type TargetJudgement } from "../../domain/progress";
import { SUMMARY_VERSION_SQL, type SummaryState } from "./summary";

/** One quarter of the summary table: the approved actual after Target.aggregation. */
export interface QuarterFigure {
  year: number;
  quarter: number;
  actual: number | null;
  milestoneDone: boolean | null;
  reportCount: number;
}

/** What lib/domain/progress says about a target as of a day, with the figures it was judged from. */
export interface Judgement {
  /** The target in force on the day judged: what the figures were held against. */
  target: ProgressTarget & RevisableTargetFields;
  status: ProgressStatus;
  /** 0..1 for the bar; null when nothing was reported (or a milestone not done). */
  progress: number | null;
  raw: number | null;
  expected: number | null;
  latest: { value: number | null; milestoneDone: boolean | null; year: number; quarter: number } | null;
  stale: boolean;
  projection: Projection;
  deadline: string;
  /** Approved report values behind the figures. */
  reportCount: number;
  series: readonly QuarterFigure[];
}

export interface JudgingInput {
  id: string;
  /** The target as it stands now. */
  target: ProgressTarget & RevisableTargetFields;
  plan: PlanPeriod;
  /** Its revisions, when it has any: each day is judged against the target then in force. */
  revisions?: TargetRevisionFacts[];
}

/**
 * Judgements kept between requests (docs/decisions/003-dashboard-summary.md, "Judgement cache").
 * A generation holds the judgements of one summary version on one China calendar day: judging
 * depends on nothing else but the target's own fields (milestones included), its revisions and
 * its plan's period, which every entry carries as a fingerprint checked on each use. An approval, a target revision or an assignment
 * change refreshes the summary, so its version, and with it the generation, changes. Entries do
 * not depend on who asks: which targets a user gets is decided by the region-scoped query of
 * each request, never by this cache. One generation per process; servers share nothing.
 * Entries are shared between requests, so nothing downstream may mutate them (not frozen:
 * copying frozen objects takes a slow path in V8, 20× slower at 300 targets).
 */
interface Entry {
  fingerprint: string;
  input: JudgingInput;
  now: Judgement;
  previous?: ProgressStatus;
}

export interface Judged {
  now: Judgement;
  /** Status judged a quarter earlier ("what changed since last quarter"); only when asked for. */
  previousStatus: ProgressStatus | null;
}

const holder = globalThis as unknown as { __dashboardJudgements?: { key: string; entries: Map<string, Entry> } };

function generation(version: string, day: number): Map<string, Entry> {
  const key = `${version}#${day}`;
  if (holder.__dashboardJudgements?.key !== key) holder.__dashboardJudgements = { key, entries: new Map() };
  return holder.__dashboardJudgements.entries;
}

const fingerprintOf = (i: JudgingInput) => JSON.stringify([i.target, i.plan, i.revisions]);

const inForceOn = (input: JudgingInput, isoDay: string) => targetInForce(input.target, input.revisions!, new Date(`${isoDay}T00:00:00Z`));

/**
 * Judges the target as of `asOf` against the target in force on the day judged (issue #7:
 * each quarter is judged against the target that was in force then). lib/domain/progress
 * holds the figures of the last quarter due against its end, so a revision that took effect
 * since applies only once a later quarter is judged.
 */
function judgeInForce(input: JudgingInput, observations: ProgressObservation[], asOf: Date): { target: JudgingInput["target"]; judgement: TargetJudgement } {
  if (!input.revisions) return { target: input.target, judgement: judgeTarget(input.target, input.plan, observations, asOf) };
  let target = inForceOn(input, isoFromDay(chinaDay(asOf)));
  let judgement = judgeTarget(target, input.plan, observations, asOf);
  const then = inForceOn(input, judgement.judgedAt);
  if (JSON.stringify(then) !== JSON.stringify(target)) [target, judgement] = [then, judgeTarget(then, input.plan, observations, asOf)];
  return { target, judgement };
}

/** The same judgement a quarter ago (91 days back, a whole number of China days). */
const aQuarterBefore = (d: Date) => new Date(d.getTime() - 91 * 86_400_000);

/** The summary rows of the targets and the summary version they belong to, read in one statement (one snapshot). */
async function readFigures(ids: string[]): Promise<{ version: string | null; figures: Map<string, QuarterFigure[]> }> {
  // Joined to the version row, so the version arrives even when none of the targets has figures.
  const rows = await db.$queryRaw<({ version: string | null; targetId: string | null; actual: string | null } & Omit<QuarterFigure, "actual">)[]>`
    SELECT v.version, s."targetId", s.year, s.quarter, s.actual::text AS actual, s."milestoneDone", s."reportCount"
    FROM (SELECT ${SUMMARY_VERSION_SQL} AS version) v
    LEFT JOIN "TargetQuarterActual" s ON s."targetId" = ANY(${ids}::text[])
    ORDER BY s.year, s.quarter`;
  const figures = new Map<string, QuarterFigure[]>();
  for (const { targetId, year, quarter, actual, milestoneDone, reportCount } of rows) {
    if (targetId === null) continue;
    const figure = { year, quarter, actual: actual === null ? null : Number(actual), milestoneDone, reportCount };
    const list = figures.get(targetId);
    if (list) list.push(figure);
    else figures.set(targetId, [figure]);
  }
  return { version: rows[0]?.version ?? null, figures };
}

const observationsOf = (series: readonly QuarterFigure[]): ProgressObservation[] =>
  series.map((s) => ({ year: s.year, quarter: s.quarter, value: s.actual, milestoneDone: s.milestoneDone }));

function judge(input: JudgingInput, series: QuarterFigure[], asOf: Date): Judgement {
  const { target, judgement: j } = judgeInForce(input, observationsOf(series), asOf);
  return {
    target,
    status: j.status,
    progress: j.achievement?.display ?? null,
    raw: j.achievement?.raw ?? null,
    expected: j.expected,
    latest: j.latest ? { value: j.latest.value, milestoneDone: j.latest.milestoneDone, ...j.latest.quarter } : null,
    stale: j.stale,
    projection: j.projection,
    deadline: j.deadline,
    reportCount: series.reduce((n, s) => n + s.reportCount, 0),
    series,
  };
}

/**
 * Every input judged as of `asOf` by lib/domain/progress (the one implementation of the rules),
 * from the cache where the summary and the target are unchanged, otherwise from the summary
 * rows read in one query for all the targets missing. `summary` is the state read with the
 * request; when it was stale the caller has refreshed the summary and nothing is reused.
 */
export async function judgeTargets(inputs: JudgingInput[], summary: SummaryState, asOf: Date, withPrevious: boolean): Promise<Map<string, Judged>> {
  const day = chinaDay(asOf);
  const cached = summary.fresh && summary.version !== null ? generation(summary.version, day) : null;
  const entries = new Map<string, Entry>();
  const missing: { input: JudgingInput; fingerprint: string }[] = [];
  for (const input of inputs) {
    const fingerprint = fingerprintOf(input);
    const hit = cached?.get(input.id);
    if (hit && hit.fingerprint === fingerprint) entries.set(input.id, hit);
    else missing.push({ input, fingerprint });
  }
  if (missing.length > 0) {
    const { version, figures } = await readFigures(missing.map((m) => m.input.id));
    // Stored under the version read with the rows, so a refresh in between cannot mislabel them.
    const store = version === null ? null : generation(version, day);
    for (const { input, fingerprint } of missing) {
      const entry: Entry = { fingerprint, input, now: judge(input, figures.get(input.id) ?? [], asOf) };
      store?.set(input.id, entry);
      entries.set(input.id, entry);
    }
  }
  const before = aQuarterBefore(asOf);
  const result = new Map<string, Judged>();
  for (const [id, e] of entries) {
    if (withPrevious) e.previous ??= judgeInForce(e.input, observationsOf(e.now.series), before).judgement.status;
    result.set(id, { now: e.now, previousStatus: withPrevious ? e.previous! : null });
  }
  return result;
}
