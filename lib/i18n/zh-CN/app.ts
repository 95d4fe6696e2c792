/** zh-CN messages (app, roles, nav, home, errors), composed into one tree by ../zh-CN.ts. */

export const app = {
  name: "临床专科建设目标管理平台",
  shortName: "专科目标平台",
  tagline: "规划目标 · 季度填报 · 审核 · 进展监测",
  footer: "临床专科能力建设目标管理平台 · 数据来源于各地卫生健康委公开发布的规划文件",
  skipToContent: "跳到正文",
  demoBadge: "演示环境",
} as const;

export const roles = {
  ADMIN: "系统管理员",
  STAFF: "业务人员",
  HOSPITAL_REPORTER: "医院填报员",
  UNIT_REPORTER: "责任单位填报员",
  LEADER: "领导",
  AUDITOR: "审计员",
} as const;

export const nav = {
  overview: "工作台",
  plans: "规划与目标",
  review: "填报审核",
  completeness: "填报进度",
  myReports: "我的填报",
  dashboard: "目标总览",
  users: "用户管理",
  periods: "填报周期",
  audit: "审计日志",
  openMenu: "打开导航菜单",
  closeMenu: "关闭导航菜单",
  mainNav: "主导航",
} as const;

export const home = {
  welcome: (name: string) => `您好，${name}`,
  placeholder: "该功能正在建设中，将在后续版本中提供。",
  planCount: "规划文件",
  taskCount: "重点任务",
  targetCount: "量化目标",
  hospitalCount: "医疗机构",
  plansHeading: "已收录的规划",
  period: (start: number, end: number) => `${start}—${end}年`,
  targetsOfPlan: (n: number) => `${n} 项目标`,
  roleIntro: {
    ADMIN: "管理用户、规划、组织机构与填报周期。",
    STAFF: "维护目标与任务分解，审核各单位季度填报，督促未报单位。",
    HOSPITAL_REPORTER: "按季度填报本院承担目标的进展情况。",
    UNIT_REPORTER: "按季度填报本单位牵头目标的进展情况。",
    LEADER: "查看本地区各项目标的推进情况。",
    AUDITOR: "查阅审计日志。",
  },
} as const;

export const errors = {
  signInFirst: "请先登录",
  forbiddenAction: "您没有执行此操作的权限",
  databaseUnavailable: "数据库无法访问",
  forbiddenTitle: "无权访问",
  forbiddenBody: "您的角色无权使用此功能。如需权限，请联系系统管理员。",
  notFoundTitle: "页面不存在",
  notFoundBody: "您访问的页面不存在，或您无权查看。",
  backHome: "返回首页",
  unexpectedTitle: "出错了",
  unexpectedBody: "系统处理请求时发生错误，已记录。请稍后重试。",
  retry: "重试",
  loading: "正在加载…",
} as const;
