import type { TPlanBundleInput } from "../../schema";
import bodyAndAttachments12 from "./part-body-a1-a2";
import attachments34 from "./part-a3-a4";

const MAIN = "001_221d51d9768594f4.txt" as const;

export const wenzhou: TPlanBundleInput = {
  plan: {
    code: "WZ-2023-80",
    title: "温州市推进医疗高地建设新三年行动计划（2023—2025年）",
    shortTitle: "温州医疗高地行动计划",
    documentNumber: "温政办〔2023〕80号",
    issuer: "温州市人民政府办公室",
    issuedOn: "2023-10-17",
    startYear: 2023,
    endYear: 2025,
    regionCode: "330300",
    sourceFile: MAIN,
  },
  sections: [
    { code: "BODY", title: "行动计划正文", sourceFile: MAIN },
    { code: "A1", title: "附件1 温州市医疗高地建设重点任务清单", sourceFile: MAIN },
    { code: "A2", title: "附件2 温州市临床专科能力提升专项行动措施", sourceFile: MAIN },
    { code: "A3", title: "附件3 温州市中医药传承创新发展专项行动措施", sourceFile: MAIN },
    { code: "A3L", title: "附件3 温州市中医药传承创新发展重点任务清单", parentCode: "A3", sourceFile: MAIN },
    { code: "A4", title: "附件4 温州市加快医疗服务能力薄弱地区县级医院建设专项行动措施", sourceFile: MAIN },
    { code: "A4T", title: "附件4 薄弱地区县级医院建设任务表（洞头区、文成县、泰顺县、龙港市）", parentCode: "A4", sourceFile: MAIN },
  ],
  parts: [bodyAndAttachments12, attachments34],
};
