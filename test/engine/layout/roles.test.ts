/**
 * The role table (src/engine/layout/roles.ts), table-driven: every header spelling seen in published forms
 * (LAYOUTS.md) maps to its role. Adding a synonym = one pattern in the table + one line here.
 */
import { headerKey, headerText } from '../../../src/engine/layout/header-text';
import {
  FUND_ROLES,
  INDICATOR_ROLES,
  LEVEL_KEY_CHARS,
  fundRole,
  indicatorRole,
  requiredIndicatorRoles,
} from '../../../src/engine/layout/roles';

const INDICATOR_SPELLINGS: ReadonlyArray<[string, string | null]> = [
  ['一级指标', 'level1'],
  ['一级\n指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'name'],
  ['指标名称', 'name'],
  ['指标性质', 'direction'],
  ['年度指标值', 'target'],
  ['绩效目标值', 'target'],
  ['调整指标值', 'target'],
  ['年初指标值', 'initialTarget'],
  ['度量单位', 'unit'],
  ['计量单位', 'unit'],
  ['实际完成值', 'actual'],
  ['全年实际值', 'actual'],
  ['全年完成值', 'actual'],
  ['完成值', 'actual'],
  ['分值', 'weight'],
  ['分值（分）', 'weight'],
  ['权重', 'weight'],
  ['指标权重（分）', 'weight'],
  ['指标分值', 'weight'],
  ['得分', 'score'],
  ['自评得分', 'score'],
  ['指标得分（分）', 'score'],
  ['得分系数(%)', 'coefficient'],
  ['是否核心指标', 'core'],
  ['偏差原因分析及改进措施', 'reason'],
  ['未完成原因及拟采取的改进措施', 'reason'],
  ['扣分原因和其他说明', 'reason'],
  ['评分标准', 'standard'],
  ['指标解释', 'standard'],
  ['产出指标', null],
  ['绩效指标', null],
  ['通过整合各级各类媒体、户外广告载体、宣传宣讲活动等，为建设成渝地区双城经济圈营造良好氛围。', null],
];

const FUND_SPELLINGS: ReadonlyArray<[string, string | null]> = [
  ['年初预算数', 'initial'],
  ['①年初部门预算安排金额', 'initial'],
  ['年初部门预算安排金额①', 'initial'],
  ['历年结余结转②', 'carryover'],
  ['年中调整金额③', 'adjustment'],
  ['全年预算数（万元）', 'adjusted'],
  ['全年（调整）预算数', 'adjusted'],
  ['全年预算数(A)', 'adjusted'],
  ['调整后预算数', 'adjusted'],
  ['小计④=①+②+③', 'adjusted'],
  ['全年执行数', 'executed'],
  ['全年执行数(B)', 'executed'],
  ['预算执行数', 'executed'],
  ['实际支出', 'executed'],
  ['年度拨付金额⑤', 'executed'],
  ['执行率', 'rate'],
  ['执行率(B/A)', 'rate'],
  ['执行率(%)', 'rate'],
  ['支出实现率⑥=⑤/④', 'rate'],
  ['本年度结余金额⑦=④-⑤', 'balance'],
  ['资金结余率⑧=⑦/④', 'balanceRate'],
  ['执行率权重', 'weight'],
  ['执行率得分(分)', 'score'],
  ['任务名称', 'task'],
];

describe('the role table', () => {
  it.each(INDICATOR_SPELLINGS)('indicator header %j → %s', (text, role) => {
    expect(indicatorRole(text)).toBe(role);
  });

  it.each(FUND_SPELLINGS)('funds header %j → %s', (text, role) => {
    expect(fundRole(text)).toBe(role);
  });

  it('has one entry per role, each with a standard label its own pattern accepts', () => {
    for (const table of [INDICATOR_ROLES, FUND_ROLES] as const) {
      const roles = table.map((spec) => spec.role);
      expect(new Set(roles).size).toBe(roles.length);
      // The lookup joins the patterns into one: a flag or a back-reference would not survive that.
      expect(table.filter((spec) => spec.pattern.flags !== '' || /\\\d/.test(spec.pattern.source))).toEqual([]);
      for (const spec of table)
        expect([spec.role, spec.pattern.test(headerText(spec.label).key)]).toEqual([spec.role, true]);
    }
  });

  // The band scans skip number cells without asking the table (src/engine/layout/band.ts).
  it('names no role for the text of a number or a boolean: headers are words', () => {
    const texts = [0, 1, -0.5, 100, 2023, 1e21, 1e-7, 0.8602941176470589, Infinity, NaN, true, false].map(String);
    expect(texts.filter((text) => indicatorRole(text) !== null || fundRole(text) !== null)).toEqual([]);
  });

  // The indicator band scan turns away rows none of whose texts holds one of LEVEL_KEY_CHARS (band.ts).
  it('finds one of LEVEL_KEY_CHARS in every spelling of a level header', () => {
    const levels = INDICATOR_ROLES.filter((spec) => ['level1', 'level2', 'name'].includes(spec.role));
    // Each alternative of a level pattern, its optional groups left out (they only add characters).
    const alternatives = levels.flatMap((spec) =>
      spec.pattern.source
        .replace(/\([^()]*\)\?/g, '')
        .replace(/^\^\(?|\)?\$$/g, '')
        .split('|'),
    );
    expect(alternatives).toContain('具体指标');
    expect(alternatives.filter((alternative) => /[()?*+^$[\]\\]/.test(alternative))).toEqual([]);
    expect(alternatives.filter((alternative) => !LEVEL_KEY_CHARS.test(alternative))).toEqual([]);
    const spelled = INDICATOR_SPELLINGS.filter(([text, role]) => role !== null && LEVEL_KEY_CHARS.test(text));
    expect(spelled.map(([, role]) => role)).toEqual(expect.arrayContaining(['level1', 'level2', 'name']));
  });

  it('says which roles each family needs: a score-only grid needs no 分值 column and no targets', () => {
    expect(requiredIndicatorRoles('project')).toEqual(['name', 'target', 'actual', 'weight', 'score']);
    expect(requiredIndicatorRoles('department')).toEqual(['name', 'target', 'actual']);
    expect(requiredIndicatorRoles('scoreOnly')).toEqual(['name', 'score']);
  });
});

describe('header text', () => {
  it.each([
    ['全年预算数（万元）', { key: '全年预算数', unit: '万元' }],
    ['金额(单位：元)', { key: '金额', unit: '元' }],
    ['产出指标(50分)', { key: '产出指标', weight: 50 }],
    ['指标权重（分）', { key: '指标权重', unit: '分' }],
    ['小计④=①+②+③', { key: '小计', mark: 4, formula: '1+2+3' }],
    ['支出实现率⑥=⑤/④', { key: '支出实现率', mark: 6, formula: '5/4' }],
    ['本年度结余金额⑦=④−⑤', { key: '本年度结余金额', mark: 7, formula: '4-5' }],
    ['①年初部门预算安排金额', { key: '年初部门预算安排金额', mark: 1, formula: null }],
    ['年度\u200b指标值', { key: '年度指标值' }],
  ])('%j', (text, parts) => {
    expect(headerText(text)).toMatchObject(parts);
  });

  it('headerKey is the key headerText parses, plain texts and marked ones alike', () => {
    const texts = [
      '三级指标',
      '≥50个',
      '100%',
      'A-1',
      '培训次数1',
      '项目名称：',
      '分值*',
      '(单位:万元)',
      '年度 指标值',
    ];
    const keys = [...texts, '全年预算数（万元）', '小计④=①+②+③', '年度\u200b指标值', '３．３６', 'Ｎ/Ａ'];
    expect(keys.map(headerKey)).toEqual(keys.map((text) => headerText(text).key));
  });
});
