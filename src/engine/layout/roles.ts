/**
 * The column roles: ONE table that drives header recognition for every layout (issue 12, LAYOUTS.md).
 * For each role: the words a header may use (matched on `headerText(…).key`, see ./header-text), the kind of
 * value its cells hold, and the table families that cannot be read without it. Adding a synonym is one
 * pattern here plus a line in test/engine/layout/roles.test.ts; no reader code names a header.
 */
import { memoByText } from '../memo';
import type { LayoutFamily } from '../model';
import { headerKey } from './header-text';

/** Table families of an indicator block; the family is decided by which roles are present (./families). */
export type { LayoutFamily };

/** What an indicator-block column holds. */
export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'direction'
  | 'target'
  | 'initialTarget'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'coefficient'
  | 'core'
  | 'reason'
  | 'standard';

/** What a funds-block (or key-task block) column holds. */
export type FundRole =
  | 'initial'
  | 'carryover'
  | 'adjustment'
  | 'adjusted'
  | 'executed'
  | 'weight'
  | 'rate'
  | 'score'
  | 'balance'
  | 'balanceRate'
  | 'reason'
  | 'task'
  | 'project'
  | 'content';

/** The kind of value a role's cells hold: how the reader takes them in. */
export type RoleValue = 'label' | 'text' | 'operator' | 'value' | 'unit' | 'number' | 'money' | 'rate' | 'flag';

export interface RoleSpec<R extends string> {
  role: R;
  /** The standard header, used in findings ("缺少“年度指标值”列"). */
  label: string;
  /** Matched against the bare header key. */
  pattern: RegExp;
  value: RoleValue;
  /** Families that need this column; a missing one is a finding for those only. */
  requiredBy: readonly LayoutFamily[];
}

const ALL_SCORED: readonly LayoutFamily[] = ['project', 'departmentScore', 'flatList', 'scoreOnly'];

export const INDICATOR_ROLES: ReadonlyArray<RoleSpec<IndicatorRole>> = [
  { role: 'level1', label: '一级指标', pattern: /^一级指标(名称)?$/, value: 'label', requiredBy: [] },
  { role: 'level2', label: '二级指标', pattern: /^二级指标(名称)?$/, value: 'label', requiredBy: [] },
  {
    role: 'name',
    label: '三级指标',
    pattern: /^(三级指标(名称)?|指标名称|绩效指标名称|具体指标|指标内容)$/,
    value: 'label',
    requiredBy: ['project', 'department', 'departmentScore', 'flatList', 'scoreOnly'],
  },
  {
    role: 'direction',
    label: '指标性质',
    pattern: /^(指标性质|指标方向|性质|符号|运算符号?|指标类型|指标属性)$/,
    value: 'operator',
    requiredBy: [],
  },
  {
    role: 'target',
    label: '年度指标值',
    pattern:
      /^(年度指标值|年度目标值|年度指标|预期指标值|预期目标值|全年指标值|指标值|目标值|绩效目标值|调整指标值|调整后指标值|年度绩效目标值)$/,
    value: 'value',
    requiredBy: ['project', 'department', 'flatList'],
  },
  { role: 'initialTarget', label: '年初指标值', pattern: /^(年初指标值|年初目标值)$/, value: 'value', requiredBy: [] },
  { role: 'unit', label: '度量单位', pattern: /^(度量单位|计量单位|单位)$/, value: 'unit', requiredBy: [] },
  {
    role: 'actual',
    label: '实际完成值',
    pattern: /^(实际完成值|完成值|全年实际值|实际值|实际完成数|全年完成值|年度完成值|实际完成指标值)$/,
    value: 'value',
    requiredBy: ['project', 'department', 'flatList'],
  },
  {
    role: 'weight',
    label: '分值',
    pattern: /^(分值|权重|指标分值|标准分值|权重分|分数|指标权重|权重分值|满分)$/,
    value: 'number',
    requiredBy: ['project', 'departmentScore', 'flatList'],
  },
  {
    role: 'score',
    label: '得分',
    pattern: /^(得分|评价得分|自评得分|实际得分|指标得分|评分)$/,
    value: 'number',
    requiredBy: ALL_SCORED,
  },
  { role: 'coefficient', label: '得分系数', pattern: /^(得分系数|完成系数|得分率)$/, value: 'rate', requiredBy: [] },
  { role: 'core', label: '是否核心指标', pattern: /^(是否核心指标|核心指标)$/, value: 'flag', requiredBy: [] },
  {
    role: 'reason',
    label: '偏差原因分析及改进措施',
    pattern: /(偏差原因|未完成原因|扣分原因|原因分析|改进措施|偏差说明)/,
    value: 'text',
    requiredBy: [],
  },
  {
    role: 'standard',
    label: '评分标准',
    pattern: /(评分标准|指标解释|评分办法|评分规则|评分细则|评价要点|指标说明|计算方法|计分方法)/,
    value: 'text',
    requiredBy: [],
  },
];

export const FUND_ROLES: ReadonlyArray<RoleSpec<FundRole>> = [
  {
    role: 'initial',
    label: '年初预算数',
    pattern: /^(年初预算数|年初预算|年初数|年初预算金额|年初部门预算安排金额|年初预算安排金额|年初预算安排数)$/,
    value: 'money',
    requiredBy: [],
  },
  {
    role: 'carryover',
    label: '历年结余结转',
    pattern: /^(历年结余结转|历年结转结余|结余结转|结转结余|上年结转结余)$/,
    value: 'money',
    requiredBy: [],
  },
  {
    role: 'adjustment',
    label: '年中调整金额',
    pattern: /^(年中调整金额|年中调整数|年中调整)$/,
    value: 'money',
    requiredBy: [],
  },
  {
    role: 'adjusted',
    label: '全年预算数',
    pattern:
      /^(全年预算数|调整后预算数|全年预算|调整后预算|批复金额|全年预算金额|预算数|全年调整预算数|调整预算数|小计|预算安排合计)$/,
    value: 'money',
    requiredBy: ['project', 'department', 'departmentScore', 'flatList', 'scoreOnly'],
  },
  {
    role: 'executed',
    label: '全年执行数',
    pattern:
      /^(全年执行数|预算执行数|实际支出|执行数|全年执行|实际支出数|全年实际支出|实际支出金额|年度拨付金额|拨付金额|实际执行数|决算数)$/,
    value: 'money',
    requiredBy: ['project', 'department', 'departmentScore', 'flatList', 'scoreOnly'],
  },
  { role: 'weight', label: '分值', pattern: /^(分值|权重|执行率权重|权重分)$/, value: 'number', requiredBy: [] },
  {
    role: 'rate',
    label: '执行率',
    pattern: /^(执行率|预算执行率|资金执行率|支出实现率|支出执行率)$/,
    value: 'rate',
    requiredBy: [],
  },
  { role: 'score', label: '得分', pattern: /^(得分|评价得分|执行率得分)$/, value: 'number', requiredBy: [] },
  {
    role: 'balance',
    label: '结余金额',
    pattern: /^(本年度结余金额|本年结余金额|结余金额|本年结余)$/,
    value: 'money',
    requiredBy: [],
  },
  { role: 'balanceRate', label: '资金结余率', pattern: /^(资金结余率|结余率)$/, value: 'rate', requiredBy: [] },
  {
    role: 'reason',
    label: '未完成原因',
    pattern: /(^原因$|未完成原因|偏差原因|原因分析|改进措施)/,
    value: 'text',
    requiredBy: [],
  },
  {
    role: 'task',
    label: '任务名称',
    pattern: /^(任务名称|重点工作任务|工作任务|重点任务)$/,
    value: 'label',
    requiredBy: [],
  },
  { role: 'project', label: '项目', pattern: /^(项目|项目名称|对应项目)$/, value: 'label', requiredBy: [] },
  { role: 'content', label: '主要内容', pattern: /^(主要内容|主要工作内容|工作内容)$/, value: 'text', requiredBy: [] },
];

/**
 * A character every key naming a level (level1, level2, name) holds: 一/二/三级指标, 指标名称, 具体指标, 指标内容
 * (tested against the patterns above). A cell's normalised text keeps every character of its header key
 * (header-text only takes characters off, and NFKC maps each one alone), so a row none of whose texts holds
 * one names no level and is no indicator header: data rows, which mention 指标 in their merged-down level
 * labels, are turned away without a role lookup per cell.
 */
export const LEVEL_KEY_CHARS = /[级名容具]/;

/** Labels are short; anything longer is content (a goal text under a header). */
const MAX_LABEL_LENGTH = 30;

function lookup<R extends string>(table: ReadonlyArray<RoleSpec<R>>, anyRole: RegExp, text: string): R | null {
  if (text === '' || text.length > MAX_LABEL_LENGTH * 2) return null;
  const key = headerKey(text);
  if (key === '' || key.length > MAX_LABEL_LENGTH || !anyRole.test(key)) return null;
  for (const spec of table) if (spec.pattern.test(key)) return spec.role;
  return null;
}

/**
 * One pattern that matches where any pattern of the table matches (the patterns carry no flags, tested): most
 * texts asked are cell values that name no role, and are turned away by one test instead of one per role.
 */
function anyRoleOf(table: ReadonlyArray<RoleSpec<string>>): RegExp {
  return new RegExp(table.map((spec) => `(?:${spec.pattern.source})`).join('|'));
}

const ANY_INDICATOR_ROLE = anyRoleOf(INDICATOR_ROLES);
const ANY_FUND_ROLE = anyRoleOf(FUND_ROLES);

/** The indicator-block role a header text names, or null. */
export const indicatorRole: (text: string) => IndicatorRole | null = memoByText((text) =>
  lookup(INDICATOR_ROLES, ANY_INDICATOR_ROLE, text),
);

/** The funds-block role a header text names, or null. */
export const fundRole: (text: string) => FundRole | null = memoByText((text) =>
  lookup(FUND_ROLES, ANY_FUND_ROLE, text),
);

// Each role's spec by role (one entry per role, tested): the readers ask for a label on every row.
const INDICATOR_SPECS = new Map(INDICATOR_ROLES.map((spec) => [spec.role, spec]));
const FUND_SPECS = new Map(FUND_ROLES.map((spec) => [spec.role, spec]));

/** The spec of a role (its standard label, value kind, families that need it). */
export function indicatorRoleSpec(role: IndicatorRole): RoleSpec<IndicatorRole> {
  return INDICATOR_SPECS.get(role) as RoleSpec<IndicatorRole>;
}

export function fundRoleSpec(role: FundRole): RoleSpec<FundRole> {
  return FUND_SPECS.get(role) as RoleSpec<FundRole>;
}

/** Roles a family needs, in table order. */
export function requiredIndicatorRoles(family: LayoutFamily): IndicatorRole[] {
  return INDICATOR_ROLES.filter((spec) => spec.requiredBy.includes(family)).map((spec) => spec.role);
}
