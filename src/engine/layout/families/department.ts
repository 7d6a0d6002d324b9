/**
 * 部门整体支出绩效目标完成情况表 (SPEC §2.2): levels, targets and actuals, usually no 分值/得分 (the scores live in
 * the department's score grid). The family every other one falls back to.
 */
import type { FamilyModule } from './types';

export const departmentFamily: FamilyModule = {
  family: 'department',
  kind: 'department',
  title: '部门整体支出绩效目标完成情况表',
  matches: () => true,
};
