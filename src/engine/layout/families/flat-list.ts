/**
 * Flat indicator list (Chongqing 部门整体绩效自评表, LAYOUTS.md family 4): no 一级/二级 columns; 指标名称 |
 * 计量单位 | 指标性质 (定量/定性指标) | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数 | 指标权重 | 指标得分. The
 * direction comes from the value text or the name (the values grammar); 得分 = 得分系数 × 权重, so it is a
 * reported score and is checked against the national rule like any other.
 */
import type { FamilyModule } from './types';

export const flatListFamily: FamilyModule = {
  family: 'flatList',
  kind: 'department',
  title: '部门整体绩效自评表（指标清单）',
  matches: ({ roles }) =>
    !roles.has('level1') &&
    !roles.has('level2') &&
    roles.has('name') &&
    (roles.has('target') || roles.has('initialTarget')) &&
    roles.has('actual') &&
    (roles.has('coefficient') || roles.has('initialTarget') || roles.has('core') || roles.has('weight')),
};
