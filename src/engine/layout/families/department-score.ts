/**
 * 部门整体支出绩效单位自评表 (SPEC §2.3): a score grid with a 分值 column per level and/or an 评分标准 column
 * (a project form may carry a 得分计算方法 column too: it stays a project form).
 * Rows are scored by the province's standard: the reported 得分 stands when it lies within 0..分值.
 */
import type { FamilyModule } from './types';

export const departmentScoreFamily: FamilyModule = {
  family: 'departmentScore',
  kind: 'departmentScore',
  title: '部门整体支出绩效单位自评表',
  matches: ({ roles, weightColumns, projectMarks }) =>
    weightColumns >= 2 || (roles.has('standard') && roles.has('score') && !roles.has('coefficient') && !projectMarks),
};
