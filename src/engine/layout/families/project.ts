/**
 * 项目支出绩效自评表 (SPEC §2.1): levels, 年度指标值 (fused or split into 指标性质 | 指标值 | 度量单位), 实际完成值,
 * 分值, 得分. Scored by the national rule.
 */
import type { FamilyModule } from './types';

export const projectFamily: FamilyModule = {
  family: 'project',
  kind: 'project',
  title: '项目支出绩效自评表',
  matches: ({ roles, projectMarks, departmentMarks }) =>
    projectMarks || (!departmentMarks && roles.has('weight') && roles.has('score')),
};
