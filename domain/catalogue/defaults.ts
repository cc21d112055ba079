/** Defaults of the 标准目录 settings (系统设置 › 基层政务公开标准目录), with their sources. */
export const CATALOGUE_DEFAULTS = {
  /**
   * Items a 领域 needs in a quarter to be 较好 (fewer, but some: 数量不足; none: 未更新). Seed 004 grades the 26 领域 this
   * way without giving the number; 3 (one a month) is Gongkai's default.
   */
  minItemsPerQuarter: 3,
} as const
