import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { Indicator } from '../../../src/engine/model';
import rule from '../../../src/engine/rules/misplaced-level2';
import type { CellValue, SheetSnapshot } from '../../../src/engine/snapshot';
import { cleanProjectMerged, cleanProjectSplit, withCell } from '../../fixtures';
import { makeIndicator, makeTable, SHEET, testRule } from './tester';

/** Rows of [一级 (A), 二级 (B)] from row 11 (0-based 10) on; C holds the 三级 name; null = merged from above. */
function sheetOf(levels: Array<[string | null, string | null]>): SheetSnapshot {
  const values: CellValue[][] = Array.from({ length: 10 + levels.length }, () => Array<CellValue>(9).fill(null));
  levels.forEach(([level1, level2], index) => {
    values[10 + index][0] = level1;
    values[10 + index][1] = level2;
    values[10 + index][2] = `指标${index + 1}`;
  });
  return { name: SHEET, visibility: 'visible', values, merges: [] };
}

/** The indicators the reader would give for those rows (merged cells filled down). */
function indicatorsOf(levels: Array<[string, string]>): Indicator[] {
  return levels.map(([level1, level2], index) =>
    makeIndicator({ row: 10 + index, level1, level2, name: `指标${index + 1}` }),
  );
}

const NATIONAL: Array<[string, string]> = [
  ['产出指标', '数量指标'],
  ['产出指标', '经济成本指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

testRule(rule, {
  valid: [
    {
      name: 'each 二级 under its own 一级 (SPEC §2.1)',
      tables: [makeTable({ indicators: indicatorsOf(NATIONAL) })],
      sheets: [sheetOf(NATIONAL)],
    },
    {
      name: 'score grid: 目标设定 under 投入, 预算执行 under 过程, 部门履职 under 产出, 履职效益 under 效果',
      tables: [
        makeTable({
          kind: 'departmentScore',
          indicators: indicatorsOf([
            ['投入', '目标设定'],
            ['过程', '预算执行'],
            ['过程', '预算（绩效）管理'],
            ['产出', '部门履职'],
            ['效果', '履职效益'],
          ]),
        }),
      ],
    },
    {
      name: '满意度 under 效益指标 (older forms) and a province’s own 二级 (能力建设) are accepted',
      tables: [
        makeTable({
          indicators: indicatorsOf([
            ['效益指标', '社会公众或服务对象满意度指标'],
            ['效果', '能力建设'],
            ['产出指标（50分）', '数量指标(20分)'],
          ]),
        }),
      ],
    },
  ],
  invalid: [
    {
      name: '数量指标 listed under 效益指标, at its 二级 cell',
      tables: [
        makeTable({
          indicators: indicatorsOf([
            ['产出指标', '质量指标'],
            ['效益指标', '数量指标'],
          ]),
        }),
      ],
      sheets: [
        sheetOf([
          ['产出指标', '质量指标'],
          ['效益指标', '数量指标'],
        ]),
      ],
      findings: [
        {
          cell: 'B12',
          severity: 'warning',
          messageId: 'wrongLevel1',
          data: { level2: '数量指标', level1: '效益指标', expected: '产出指标' },
        },
      ],
    },
    {
      name: 'a merged 二级 over two rows: one finding at its anchor',
      tables: [
        makeTable({
          indicators: indicatorsOf([
            ['产出指标', '社会效益指标'],
            ['产出指标', '社会效益指标'],
            ['满意度指标', '经济效益指标'],
          ]),
        }),
      ],
      sheets: [
        sheetOf([
          ['产出指标', '社会效益指标'],
          [null, null],
          ['满意度指标', '经济效益指标'],
        ]),
      ],
      findings: [
        { cell: 'B11', severity: 'warning', data: { level2: '社会效益指标', expected: '效益指标' } },
        { cell: 'B13', severity: 'warning', data: { level2: '经济效益指标', level1: '满意度指标' } },
      ],
    },
    {
      name: 'score grid: 预算执行 under 投入 names the grid’s 一级 (过程)',
      tables: [makeTable({ kind: 'departmentScore', indicators: indicatorsOf([['投入', '预算执行']]) })],
      findings: [{ cell: 'C11', severity: 'warning', data: { level2: '预算执行', expected: '过程' } }],
    },
  ],
});

describe('misplaced-level2 through evaluateWorkbook', () => {
  const codesAt = (snapshot: ReturnType<typeof cleanProjectSplit>) =>
    evaluateWorkbook(snapshot)
      .findings.filter((finding) => finding.code === rule.code)
      .map((finding) => `${finding.sheet}!${finding.cell} ${finding.severity}`);

  it('is quiet on the clean project forms', () => {
    expect(codesAt(cleanProjectSplit())).toEqual([]);
    expect(codesAt(cleanProjectMerged())).toEqual([]);
  });

  it('flags 数量指标 typed under 效益指标 at the 二级 cell (split layout)', () => {
    const sheet = cleanProjectSplit().sheets[0].name;
    // C18 is the 可持续影响指标 row's 二级, under 效益指标.
    expect(codesAt(withCell(cleanProjectSplit(), sheet, 'C18', '数量指标'))).toEqual([`${sheet}!C18 warning`]);
  });

  it('flags it inside a merged 一级 (merged layout), at the 二级 cell', () => {
    const sheet = cleanProjectMerged().sheets[0].name;
    const cell = 'D21'; // 可持续影响指标, under the 效益指标 merge C20:C21
    expect(codesAt(withCell(cleanProjectMerged(), sheet, cell, '时效指标'))).toEqual([`${sheet}!${cell} warning`]);
  });
});
