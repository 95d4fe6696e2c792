import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, chainHash, headsDigest, verifyChain, type ChainedContent, type ChainRow } from "@/lib/audit/chain";

const KEY = "k".repeat(64);
const content = (chain: number, n: number): ChainedContent => ({
  occurredAt: new Date("2026-03-31T16:00:00.000Z"), userId: "u1", username: "wmu1", role: "HOSPITAL_REPORTER", regionId: "r1", ip: null, userAgent: null,
  action: "report.save", entityType: "ProgressReport", entityId: `p${n}`, outcome: "SUCCESS", before: null, after: { n }, detail: null, chain,
});

function chainOf(chain: number, length: number): ChainRow[] {
  const rows: ChainRow[] = [];
  for (let n = 0; n < length; n++) {
    const prevHash = rows.at(-1)?.hash ?? null;
    rows.push({ ...content(chain, n), id: BigInt(n * 16 + chain + 1), prevHash, hash: chainHash(KEY, prevHash, content(chain, n)) });
  }
  return rows;
}

describe("the audit hash chains", () => {
  it("hashes a chain-0 event exactly as the single chain did, so events written before the split still verify", () => {
    const { chain, ...legacy } = content(0, 1);
    expect(chain).toBe(0);
    const before = createHmac("sha256", KEY).update("GENESIS").update("\n").update(canonicalJson(legacy)).digest("hex");
    expect(chainHash(KEY, null, content(0, 1))).toBe(before);
  });

  it("hashes the chain number of every other chain, so an event moved between chains no longer verifies", () => {
    expect(chainHash(KEY, null, content(3, 1))).not.toBe(chainHash(KEY, null, content(0, 1)));
    expect(chainHash(KEY, null, content(3, 1))).not.toBe(chainHash(KEY, null, content(4, 1)));
    const [first] = chainOf(3, 1);
    expect(verifyChain(KEY, [{ ...first, chain: 7 }]).breaks).toEqual([{ id: first.id, chain: 7, reason: "hash" }]);
  });

  it("verifies a chain on its own and names the row whose link or hash fails", () => {
    const rows = chainOf(5, 4);
    expect(verifyChain(KEY, rows)).toEqual({ checked: 4, breaks: [], head: rows[3].hash });
    expect(verifyChain(KEY, [rows[0], rows[2], rows[3]]).breaks).toEqual([{ id: rows[2].id, chain: 5, reason: "link" }]);
  });

  it("digests the heads independently of their order, and changes with any head", () => {
    const heads = [
      { chain: 0, checked: 3, id: 10n, hash: "a".repeat(64) },
      { chain: 1, checked: 2, id: 11n, hash: "b".repeat(64) },
    ];
    expect(headsDigest(heads)).toBe(headsDigest([...heads].reverse()));
    expect(headsDigest(heads)).not.toBe(headsDigest([heads[0], { ...heads[1], id: 9n }]));
    expect(headsDigest([])).toBeNull();
  });
});
