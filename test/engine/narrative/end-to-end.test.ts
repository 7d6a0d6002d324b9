/**
 * The narrative of the seed workbook (test/fixtures/seed.ts) through the whole engine: reader, scoring,
 * derived rates, rules, narrative. Every number in the text must be a cell of the workbook or a value the
 * engine computed (a field of the evaluated tables, a finding count).
 */
import Big from 'big.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { dec } from '../../../src/engine/decimal';
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { Evaluation, Narrative, NarrativeParagraph, Table } from '../../../src/engine/model';
import { narrativeSheet, narrativeText } from '../../../src/engine/narrative';
import type { WorkbookSnapshot } from '../../../src/engine/snapshot';
import {
  ALL_FIXTURES,
  findCell,
  SEED_KEY_TASKS,
  SEED_YEAR_RESULT,
  seedFusedWorkbook,
  seedMergedWorkbook,
  seedWorkbook,
} from '../../fixtures';
import { readPackage } from '../../../src/package';
import { NODE_CODEC } from '../../../src/package/node';
import { DEPARTMENT_HEADINGS, PROJECT_HEADINGS } from './headings';
import { findingNumbers, unspentAmounts, withoutCellRefs } from './trace';

const NUMBER = /-?\d+(?:\.\d+)?/g;

function sectionText(narrative: Narrative, start: string): string {
  const list = narrative.paragraphs;
  const index = list.findIndex((p) => p.style === 'heading' && p.text === start);
  if (index < 0) throw new Error(`heading ${start} not found`);
  const out: NarrativeParagraph[] = [];
  for (let i = index + 1; i < list.length && list[i].style !== 'heading'; i++) out.push(list[i]);
  return out.map((p) => p.text).join('\n');
}

/** Every number in the workbook's cells (numbers, fractions shown as percents, numbers inside texts). */
function cellNumbers(snapshot: WorkbookSnapshot): Big[] {
  const out: Big[] = [];
  for (const sheet of snapshot.sheets) {
    for (const row of sheet.values) {
      for (const value of row) {
        if (typeof value === 'number') out.push(dec(value), dec(value).times(100));
        else if (typeof value === 'string') for (const m of value.match(NUMBER) ?? []) out.push(dec(m));
      }
    }
  }
  return out;
}

const SKIPPED_KEYS = new Set(['cells', 'range', 'row', 'col', 'statedAt', 'statedRateDecimals', 'top', 'left']);
const FRACTION_KEYS = new Set(['rate', 'statedRate', 'value', 'stated']);

/** Numeric fields of the evaluated tables: what the engine computed (rates also as percentages). */
function computedNumbers(value: unknown, key = '', out: Big[] = []): Big[] {
  if (typeof value === 'number' && Number.isFinite(value)) {
    out.push(dec(value));
    if (FRACTION_KEYS.has(key)) out.push(dec(value).times(100));
  } else if (Array.isArray(value)) {
    value.forEach((item) => computedNumbers(item, key, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!SKIPPED_KEYS.has(k)) computedNumbers(v, k, out);
  }
  return out;
}

function countNumbers(evaluation: Evaluation): Big[] {
  const out: Big[] = [];
  const groups = [
    evaluation.findings,
    ...evaluation.tables.map((_, i) => evaluation.findings.filter((f) => f.table === i)),
  ];
  for (const group of groups) {
    const errors = group.filter((f) => f.severity === 'error').length;
    const warnings = group.filter((f) => f.severity === 'warning').length;
    out.push(dec(errors), dec(warnings), dec(errors + warnings));
  }
  const levelSums = evaluation.tables.map((t: Table) => t.levels.reduce((acc, l) => acc.plus(l.weight ?? 0), dec(0)));
  return [...out, ...levelSums];
}

function untraceable(snapshot: WorkbookSnapshot, evaluation: Evaluation): string[] {
  const sources = [
    ...cellNumbers(snapshot),
    ...computedNumbers(evaluation.tables),
    ...countNumbers(evaluation),
    ...unspentAmounts(evaluation.tables),
    ...findingNumbers(evaluation.findings),
  ];
  const bad: string[] = [];
  for (const paragraph of evaluation.narrative.paragraphs) {
    const text = withoutCellRefs(paragraph.text.replace(/^\d+\./, '')); // a "1." enumerator is not a figure
    for (const printed of text.match(NUMBER) ?? []) {
      const value = dec(printed);
      const decimals = printed.includes('.') ? printed.split('.')[1].length : 0;
      const ok = sources.some((s) => s.eq(value) || (decimals === 2 && s.round(2, Big.roundHalfUp).eq(value)));
      if (!ok) bad.push(`${printed} in «${paragraph.text}»`);
    }
  }
  return bad;
}

describe('seed workbook → 自评报告', () => {
  const snapshot = seedWorkbook();
  const evaluation = evaluateWorkbook(snapshot);
  const narrative = evaluation.narrative;

  test('department report with the seed figures under their headings', () => {
    expect(narrative.paragraphs[0].text).toBe('屏边县政务服务管理局部门2023年整体支出绩效自评报告');
    const budget = sectionText(narrative, '（五）当年部门预算批复及整体支出安排情况');
    for (const figure of ['285.64万元', '428.56万元', '403.18万元', '执行率94.08%', '执行率98.84%', '86.34万元']) {
      expect(budget).toContain(figure);
    }
    const done = sectionText(narrative, '（一）绩效目标完成情况');
    for (const item of [
      '完成设置综合窗口数16个',
      '完成综合服务窗口共办理事项数1193项',
      '完成政务服务平台办件数量146188项',
    ]) {
      expect(done).toContain(item);
    }
    const missed = sectionText(narrative, '（二）绩效目标未完成原因分析');
    for (const rate of ['95.27%', '78.66%', '34.33%']) expect(missed).toContain(rate);
    const conclusion = sectionText(narrative, '三、绩效自评结论');
    expect(conclusion).toContain('合计\t100\t98.4');
    expect(conclusion).toContain('自评评价等级为“优”');
    expect(conclusion).toContain('综上所述，部门整体支出自评评分为98.4分，部门整体支出自评评价等级为“优”。');
    const process = sectionText(narrative, '（二）过程情况分析');
    expect(process).toContain('政府采购执行率为689.7%'); // as typed: not 689.70%
    expect(process).toContain('结转结余变动率为≥100%'); // the sheet states a bound, not a value
    expect(sectionText(narrative, '（一）投入情况分析')).toContain('“三公经费”变动率为-0.49%');
    expect(sectionText(narrative, '六、主要经验及做法')).toBe('【待填写：主要经验及做法】');
  });

  test('the anomalies the rules flag are 【待核实】 markers naming their cell, right after the figure', () => {
    expect(sectionText(narrative, '2.机构设置及人员情况')).toContain(
      '在职实有23人【待核实：在职实有人数超过编制数，部门整体支出绩效目标完成情况表!E65】。',
    );
    expect(sectionText(narrative, '（二）过程情况分析')).toMatch(
      /政府采购执行率为689\.7%（指标值100%），得分1\.5分（分值1\.5分）【待核实：[^】]*，部门整体支出绩效单位自评表!I16】/,
    );
  });

  test('3.年度工作计划 lists the tasks of the year from the 任务名称 column, never the budget lines (项目)', () => {
    const tasks = [...new Set(SEED_KEY_TASKS.map(([task]) => task))];
    const projects = SEED_KEY_TASKS.map(([, project]) => project);
    for (const build of [seedWorkbook, seedMergedWorkbook]) {
      const plan = sectionText(evaluateWorkbook(build()).narrative, '3.年度工作计划及重点工作任务情况');
      expect(plan.split('\n')[0]).toBe(`部门年度重点工作任务包括：${tasks.join('、')}。`);
      for (const project of projects) expect(plan).not.toContain(project);
    }
  });

  test('a user "all met" sentence the tables contradict is quoted in a 【待核实】 naming its cell', () => {
    const cell = findCell(snapshot, '部门整体支出绩效目标完成情况表', SEED_YEAR_RESULT).a1;
    const done = sectionText(narrative, '（一）绩效目标完成情况');
    expect(done).toMatch(
      new RegExp(
        `^【待核实：“部门整体支出绩效目标已完成各项年度指标值[^】]*，部门整体支出绩效目标完成情况表!${cell}】`,
      ),
    );
  });

  test('every number in the text is a cell value or a value the engine computed', () => {
    expect(untraceable(snapshot, evaluation)).toEqual([]);
    const tampered: Evaluation = {
      ...evaluation,
      narrative: { ...narrative, paragraphs: [{ style: 'body', text: '自评评分为97.3分，执行率94.1%' }] },
    };
    expect(untraceable(snapshot, tampered)).toEqual([
      '97.3 in «自评评分为97.3分，执行率94.1%»',
      '94.1 in «自评评分为97.3分，执行率94.1%»',
    ]);
    expect(narrativeText(narrative).match(NUMBER)!.length).toBeGreaterThan(100);
  });

  test.each([
    ['fused targets', seedFusedWorkbook],
    ['merged cells and offsets', seedMergedWorkbook],
  ])('the %s variant reads to the same budget and score figures, all traceable', (_, build) => {
    const variant = build();
    const result = evaluateWorkbook(variant);
    expect(sectionText(result.narrative, '（五）当年部门预算批复及整体支出安排情况')).toBe(
      sectionText(narrative, '（五）当年部门预算批复及整体支出安排情况'),
    );
    expect(sectionText(result.narrative, '三、绩效自评结论')).toBe(sectionText(narrative, '三、绩效自评结论'));
    expect(untraceable(variant, result)).toEqual([]);
  });

  test('the write plan carries the 自评报告 sheet built from the narrative', () => {
    const sheet = evaluation.writePlan.sheets.find((s) => s.name === '自评报告');
    expect(sheet).toEqual(narrativeSheet(narrative));
  });
});

describe('the example workbook (examples/屏边县政务服务管理局-2023.xlsx)', () => {
  const file = path.join(__dirname, '..', '..', '..', 'examples', '屏边县政务服务管理局-2023.xlsx');
  const evaluation = evaluateWorkbook(readPackage(new Uint8Array(readFileSync(file)), file, NODE_CODEC));

  test('3.年度工作计划 lists the four tasks of its 任务名称 column', () => {
    const plan = sectionText(evaluation.narrative, '3.年度工作计划及重点工作任务情况');
    expect(plan.split('\n')[0]).toBe(
      '部门年度重点工作任务包括：保障机构正常运转、政务服务中心运行、考核奖励、公共资源交易智能化建设。',
    );
  });

  test('its 实际完成情况 claim is checked at the cell the user wrote it in', () => {
    const targets = evaluation.tables.find((t) => t.sheet === '部门整体支出绩效目标完成情况表')!;
    expect(targets.textCells?.['实际完成情况']).toEqual({ row: 8, col: 4 });
    expect(sectionText(evaluation.narrative, '（一）绩效目标完成情况')).toMatch(
      /^【待核实：“[^】]*各项指标均达到预定状态”与表内不符：[^】]*，部门整体支出绩效目标完成情况表!E9】/,
    );
  });
});

describe('every fixture workbook', () => {
  test.each(Object.entries(ALL_FIXTURES))(
    '%s: report structure follows its tables, every number traceable',
    (_, build) => {
      const snapshot = build();
      const evaluation = evaluateWorkbook(snapshot);
      const kinds = evaluation.tables.map((t) => t.kind);
      const projects = kinds.filter((k) => k === 'project').length;
      const expected = [
        ...(kinds.some((k) => k !== 'project') ? DEPARTMENT_HEADINGS : []),
        ...Array.from({ length: projects }, () => PROJECT_HEADINGS).flat(),
      ];
      const headings = evaluation.narrative.paragraphs.filter((p) => p.style === 'heading').map((p) => p.text);
      expect(headings).toEqual(expected);
      expect(untraceable(snapshot, evaluation)).toEqual([]);
    },
  );
});
