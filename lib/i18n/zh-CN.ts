import { app, roles, nav, home, errors } from "./zh-CN/app";
import { auth, passwordPolicy, account, apiTokens } from "./zh-CN/auth";
import { plans, targets, targetExport } from "./zh-CN/plans";
import { audit } from "./zh-CN/audit";
import { users } from "./zh-CN/users";
import { manage } from "./zh-CN/manage";
import { reports, reportExcel, apiV1 } from "./zh-CN/reports";
import { dashboard, progressStatus } from "./zh-CN/dashboard";

/**
 * Every user-facing string of the platform, in Simplified Chinese. A second language is a
 * sibling file of the same shape (type Messages) chosen in lib/i18n/index.ts.
 */
export const zhCN = {
  app,
  roles,
  nav,
  auth,
  home,
  plans,
  targets,
  targetExport,
  progressStatus,
  audit,
  users,
  account,
  manage,
  reports,
  dashboard,
  apiV1,
  apiTokens,
  reportExcel,
  passwordPolicy,
  errors,
} as const;

export type Messages = typeof zhCN;
