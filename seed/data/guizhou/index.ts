import type { TPlanBundleInput } from "../../schema";
import part from "./part";

const MAIN = "003_d106d0cb25d5ee2a.txt" as const;

// The text carries no 文号, no issue date and no signature: documentNumber and issuedOn stay null, and the
// issuer is the commission that runs the programme (the text's 省卫生健康委; source list INDEX.md).
// The title is the document's own heading (without “贵州省”); the province is in regionCode.
export const guizhou: TPlanBundleInput = {
  plan: {
    code: "GZ-942",
    title: "实施“942”计划分级打造临床重点专科工作方案",
    shortTitle: "贵州“942”计划",
    documentNumber: null,
    issuer: "贵州省卫生健康委员会",
    issuedOn: null,
    startYear: 2025,
    endYear: 2027,
    regionCode: "520000",
    sourceFile: MAIN,
  },
  sections: [
    { code: "CH1", title: "一、总体目标", sourceFile: MAIN },
    { code: "CH2", title: "二、重点任务", sourceFile: MAIN },
    { code: "CH3", title: "三、指标体系", sourceFile: MAIN },
    { code: "CH4", title: "四、实施步骤", sourceFile: MAIN },
    { code: "CH4-1", title: "（一）国内先进和西南地区先进水平的临床重点专科", parentCode: "CH4", sourceFile: MAIN },
    { code: "CH4-2", title: "（二）符合基层看病就医需求的临床重点专科", parentCode: "CH4", sourceFile: MAIN },
    { code: "CH5", title: "五、组织保障", sourceFile: MAIN },
  ],
  parts: [part],
};
