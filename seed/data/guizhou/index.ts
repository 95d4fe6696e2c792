import type { TPlanBundleInput } from "../../schema";
import part from "./part";

// Plan header and sections: filled in by the Guizhou extraction.
export const guizhou: TPlanBundleInput = {
  plan: {
    code: "GZ-942",
    title: "贵州省实施“942”计划分级打造临床重点专科工作方案",
    shortTitle: "贵州“942”计划",
    documentNumber: null,
    issuer: "贵州省卫生健康委员会",
    issuedOn: null,
    startYear: 2025,
    endYear: 2027,
    regionCode: "520000",
    sourceFile: "003_d106d0cb25d5ee2a.txt",
  },
  sections: [],
  parts: [part],
};
