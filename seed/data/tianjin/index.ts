import type { TPlanBundleInput } from "../../schema";
import part from "./part";

// Plan header and sections: filled in by the Tianjin extraction.
export const tianjin: TPlanBundleInput = {
  plan: {
    code: "TJ-14-5",
    title: "天津市“十四五”临床专科能力建设规划",
    shortTitle: "天津“十四五”临床专科规划",
    documentNumber: null,
    issuer: "天津市卫生健康委员会",
    issuedOn: null,
    startYear: 2021,
    endYear: 2025,
    regionCode: "120000",
    sourceFile: "002_170e9a2674a15e6e.txt",
  },
  sections: [],
  parts: [part],
};
