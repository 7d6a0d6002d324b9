/**
 * Score-only grid (部门整体支出绩效评价得分表, LAYOUTS.md family 5): levels and 得分, weights only inside the
 * labels ("相关性（5分）"), no 年度指标值 / 实际完成值. It is checked (label weights add up, 得分 ≤ weight,
 * 总分 = Σ得分, grade) but never scored against targets: it has none, and their absence is no error.
 */
import type { FamilyModule } from './types';

export const scoreOnlyFamily: FamilyModule = {
  family: 'scoreOnly',
  kind: 'departmentScore',
  title: '部门整体支出绩效评价得分表',
  matches: ({ roles }) => roles.has('score') && !roles.has('weight') && !roles.has('target') && !roles.has('actual'),
};
