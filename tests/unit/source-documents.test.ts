import { describe, expect, it } from "vitest";
import { quoteAnchorId, sourceViewHref } from "@/lib/domain/source-anchor";
import { asSourceFile, readSourceDocument } from "@/lib/source-documents";

describe("source documents", () => {
  it("accepts only the five published file names, never a path", () => {
    expect(asSourceFile("001_221d51d9768594f4.txt")).toBe("001_221d51d9768594f4.txt");
    for (const bad of ["../package.json", "seed/sources/001_221d51d9768594f4.txt", "INDEX.md", "/etc/passwd", "", null, undefined]) {
      expect(asSourceFile(bad)).toBeNull();
    }
  });

  it("reads a bundled document from disk", async () => {
    expect(await readSourceDocument("002_170e9a2674a15e6e.txt")).toContain("天津");
  });

  it("addresses each occurrence of a quote in the document view", () => {
    expect(quoteAnchorId("t:abc")).toBe("q-t-abc");
    expect(quoteAnchorId("c:xyz", 2)).toBe("q-c-xyz-2");
    expect(sourceViewHref("WZ-2023-80", "004_8c6d92b27c4e23f4.txt", "abc", "t:abc")).toBe(
      "/plans/WZ-2023-80/source?file=004_8c6d92b27c4e23f4.txt&target=abc#q-t-abc",
    );
  });
});
