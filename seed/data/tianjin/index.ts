import type { TPlanBundleInput } from "../../schema";
import part from "./part";

const SRC = "002_170e9a2674a15e6e.txt" as const;

// The text carries no document number, no issuer line and no date: documentNumber and issuedOn stay
// null; the issuer is the Tianjin health commission (seeds/INDEX.md).
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
    sourceFile: SRC,
  },
  sections: [
    { code: "CH1", title: "一、基本现状", sourceFile: SRC },
    { code: "CH2", title: "二、总体要求", sourceFile: SRC },
    { code: "ZL1", title: "专栏1 临床重点专科建设规划", parentCode: "CH2", sourceFile: SRC },
    { code: "CH3", title: "三、工作任务", sourceFile: SRC },
    { code: "ZL2", title: "专栏2 核心专科能力建设方向", parentCode: "CH3", sourceFile: SRC },
    { code: "ZL3", title: "专栏3 专科资源短板补齐方向", parentCode: "CH3", sourceFile: SRC },
    { code: "CH4", title: "四、组织管理与保障措施", sourceFile: SRC },
  ],
  parts: [part],
};
