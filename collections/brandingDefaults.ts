/** What the login page and the admin's corner show while 系统设置 names no county (no emblem: text only). */
export const BRANDING_DEFAULTS = { countyName: 'XX县人民政府', portalName: '政务公开管理平台' } as const
