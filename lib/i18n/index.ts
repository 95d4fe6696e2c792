import { zhCN, type Messages } from "./zh-CN";

export const LOCALE = "zh-CN";
export const TIME_ZONE = "Asia/Shanghai";

/** The messages of the platform's language. */
export const m: Messages = zhCN;

const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export const formatNumber = (n: number) => numberFormat.format(n);
/** 0.456 → "45.6%" */
export const formatPercent = (share: number) => percentFormat.format(share);
/** "2025年10月17日" */
export const formatDate = (d: Date) => dateFormat.format(d);
/** "2025/10/17 09:30" in China Standard Time */
export const formatDateTime = (d: Date) => dateTimeFormat.format(d);
/** "2025年第3季度" */
export const formatQuarter = (year: number, quarter: number) => `${year}年第${quarter}季度`;
