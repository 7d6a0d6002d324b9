/**
 * evaluateWorkbook end to end on the shared fixtures: SPEC §9 (the 屏边 2023 seed) and the traps of each
 * SPEC §8 example, found at the right cell; clean tables stay clean. Expected figures are the SPEC's own.
 */
import { toA1 } from '../../src/engine/a1';
import { dec, roundHalfUp } from '../../src/engine/decimal';
import { evaluateWorkbook, sortFindings } from '../../src/engine/evaluate';
import type { Evaluation, Finding, FundLine } from '../../src/engine/model';
import { NATIONAL_PROFILE } from '../../src/engine/profiles';
import { projectWorkbook } from '../../bench/generate';
import {
  ALL_FIXTURES,
  CLEAN_FIXTURES,
  chizhou2022,
  daying2023,
  findCell,
  langfang2019,
  lijiang2020,
  SEED_DEPARTMENT_SHEET,
  SEED_SCORE_SHEET,
  seedFusedWorkbook,
  seedMergedWorkbook,
  seedWorkbook,
} from '../fixtures';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';

/**
 * The A1 address where the row holding `rowText` meets the column headed `header`; both are searched from
 * the row of `headerFrom` (e.g. the indicator header 一级指标) when given.
 */
function cellOf(
  snapshot: WorkbookSnapshot,
  sheet: string,
  rowText: string | RegExp,
  header: string,
  headerFrom?: string,
): string {
  const from = headerFrom ? findCell(snapshot, sheet, headerFrom).row : 0;
  const row = findCell(snapshot, sheet, rowText, { row: from }).row;
  const col = findCell(snapshot, sheet, header, { row: from }).col;
  return toA1(row, col);
}

const where = (evaluation: Evaluation, code: string) =>
  evaluation.findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell} ${f.severity}`);
const percent = (rate: number | null) => (rate === null ? null : roundHalfUp(dec(rate).times(100), 2).toFixed(2));

describe.each([
  ['seed', seedWorkbook],
  ['seed, fused targets', seedFusedWorkbook],
  ['seed, merged and moved off A1', seedMergedWorkbook],
])('SPEC §9: the 屏边 2023 seed (%s)', (_name, build) => {
  const snapshot = build();
  const evaluation = evaluateWorkbook(snapshot);
  const department = evaluation.tables.find((t) => t.kind === 'department')!;
  const grid = evaluation.tables.find((t) => t.kind === 'departmentScore')!;
  const line = (label: string | RegExp): FundLine =>
    [department.funds!, ...department.fundLines].find((l) =>
      typeof label === 'string' ? l.label === label : label.test(l.label),
    )!;

  it('computes the execution rates the report states', () => {
    expect(percent(line('合计').rate)).toBe('94.08');
    expect(percent(line('基本支出').rate)).toBe('98.84');
    expect(percent(line('项目支出').rate)).toBe('79.94');
    expect(percent(line('屏边县政务服务管理局工作经费').rate)).toBe('95.27');
    expect(percent(line(/远程异地工位制评标建设资金/).rate)).toBe('78.66');
    expect(percent(line(/考核优秀等次奖励/).rate)).toBe('34.33');
  });

  it('"80%" for 79.94% is consistent at 0 decimals: no rate-mismatch', () => {
    expect(line('项目支出').statedRateDecimals).toBe(0);
    expect(where(evaluation, 'rate-mismatch')).toEqual([]);
  });

  it('scores 14.4 / 19 / 35 / 30 = 98.4 → 优, agreeing with the sheet', () => {
    expect(grid.levels.map((level) => [level.name, level.weight, level.score])).toEqual([
      ['投入', 15, 14.4],
      ['过程', 20, 19],
      ['产出', 35, 35],
      ['效果', 30, 30],
    ]);
    expect(grid.total).toBe(98.4);
    expect(grid.grade).toBe('优');
    expect(where(evaluation, 'total-mismatch')).toEqual([]);
    expect(where(evaluation, 'grade-mismatch')).toEqual([]);
    expect(where(evaluation, 'weights-sum')).toEqual([]);
    expect(evaluation.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('flags 在职 23 > 编制 22 (104.55%) at the 在职实有人数 cell', () => {
    const headerCell = findCell(snapshot, SEED_DEPARTMENT_SHEET, '在职实有人数');
    const findings = evaluation.findings.filter((f) => f.code === 'staff-over-authorized');
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual([
      `${SEED_DEPARTMENT_SHEET}!${toA1(headerCell.row + 1, headerCell.col)} warning`,
    ]);
    expect(findings[0].data.rate).toBe('104.55%');
  });

  it('flags 政府采购执行率 689.7% (> 100%) and "≥100%" written as an actual', () => {
    const procurement = cellOf(snapshot, SEED_SCORE_SHEET, '政府采购执行率', '实际完成值');
    expect(where(evaluation, 'rate-over-100')).toEqual([`${SEED_SCORE_SHEET}!${procurement} warning`]);
    const carryOver = cellOf(snapshot, SEED_SCORE_SHEET, '结转结余变动率', '实际完成值');
    expect(where(evaluation, 'actual-written-as-target')).toEqual([`${SEED_SCORE_SHEET}!${carryOver} warning`]);
  });

  it('checks the score grid against the national rule without overriding it', () => {
    const staffScore = cellOf(snapshot, SEED_SCORE_SHEET, '在职人员控制率', '得分');
    const finding = evaluation.findings.find((f) => f.code === 'score-mismatch' && f.cell === staffScore)!;
    expect(finding.severity).toBe('warning');
    expect(finding.fix?.value).toBe(3.83); // 100 / 104.55 × 4
  });

  it('derives 53号 rates and matches them to the grid rows that state them', () => {
    const rates = Object.fromEntries(grid.derivedRates.map((rate) => [rate.name, percent(rate.value)]));
    expect(rates).toEqual(
      expect.objectContaining({
        在职人员控制率: '104.55',
        预算完成率: '94.08',
        结转结余率: '5.92',
        预算调整率: '50.04',
      }),
    );
    expect(where(evaluation, 'derived-rate-mismatch')).toEqual([]);
  });

  it('writes nothing into a sheet that is filled in, and generates both sheets', () => {
    expect(evaluation.writePlan.cells).toEqual([]);
    expect(evaluation.writePlan.sheets.map((s) => s.name)).toEqual(['自评报告', '评估结果']);
    expect(evaluation.narrative.paragraphs.some((p) => p.text.includes('98.4'))).toBe(true);
  });
});

describe('SPEC §8 examples: each trap at its cell', () => {
  it('丽江 2020: targets met, 10% deducted, no reason given', () => {
    const snapshot = lijiang2020();
    const evaluation = evaluateWorkbook(snapshot);
    const sheet = '丽江2020';
    const scoreCell = (name: string) => `${sheet}!${cellOf(snapshot, sheet, name, '得分', '一级指标')} warning`;
    expect(where(evaluation, 'deduction-without-reason')).toEqual(
      ['卫片执法补助经费', '项目验收合格率', '任务完成及时率', '违法行为责停率', '执法监管长效机制', '群众满意度'].map(
        scoreCell,
      ),
    );
    expect(evaluation.tables[0].total).toBe(99);
    expect(evaluation.tables[0].reportedTotal).toBe(92);
  });

  it('池州 2022: 总额 0/0/0 vs 其中 90/89.974/89.974', () => {
    const snapshot = chizhou2022();
    const evaluation = evaluateWorkbook(snapshot);
    const sheet = '池州2022';
    const expected = ['年初预算数', '全年预算数', '全年执行数'].map(
      (header) => `${sheet}!${cellOf(snapshot, sheet, '年度资金总额', header)} error`,
    );
    expect(where(evaluation, 'sum-mismatch')).toEqual(expected);
    const budget = evaluation.findings.find((f) => f.code === 'sum-mismatch' && f.messageId === 'adjustedDiffers');
    expect(budget?.fix?.value).toBe(89.974);
  });

  it('大英 2023: `完成` against `≤30万元` is a non-numeric actual', () => {
    const snapshot = daying2023();
    const evaluation = evaluateWorkbook(snapshot);
    const cell = findCell(snapshot, '大英2023', '完成');
    expect(where(evaluation, 'non-numeric-actual')).toEqual([`大英2023!${cell.a1} warning`]);
    expect(evaluation.tables[0].total).toBeNull();
    expect(where(evaluation, 'unscorable-row')).toHaveLength(1);
  });

  it('廊坊 2019: 9 scored where the rule gives 8.62; `0` as the reason; placeholder rows', () => {
    const snapshot = langfang2019();
    const evaluation = evaluateWorkbook(snapshot);
    const sheet = '廊坊2019';
    const fundsScore = evaluation.findings.find((f) => f.code === 'score-mismatch')!;
    expect(`${fundsScore.sheet}!${fundsScore.cell}`).toBe(
      `${sheet}!${cellOf(snapshot, sheet, '年度资金总额', '得分')}`,
    );
    expect(fundsScore.fix?.value).toBe(8.62);
    expect(fundsScore.severity).toBe('warning');
    expect(where(evaluation, 'placeholder-row')).toEqual([
      `${sheet}!${findCell(snapshot, sheet, '指标2').a1} warning`,
      `${sheet}!${findCell(snapshot, sheet, '……', { row: findCell(snapshot, sheet, '效益指标').row, col: findCell(snapshot, sheet, '三级指标').col }).a1} warning`,
    ]);
    const reasonCells = where(evaluation, 'placeholder-reason');
    expect(reasonCells.length).toBe(5); // five indicator rows carry `0`; the two placeholder rows carry nothing
    expect(reasonCells[0]).toBe(`${sheet}!${cellOf(snapshot, sheet, '专项检查覆盖率', '偏差原因分析及改进措施')} info`);
    // 86.20% executed and no real reason anywhere (the `0`s explain nothing).
    expect(where(evaluation, 'low-execution-unexplained')).toEqual([
      `${sheet}!${cellOf(snapshot, sheet, '年度资金总额', '执行率')} warning`,
    ]);
  });
});

describe('clean tables', () => {
  it.each(CLEAN_FIXTURES)('%s: no warning or error', (name) => {
    const evaluation = evaluateWorkbook(ALL_FIXTURES[name]());
    expect(evaluation.tables.length).toBeGreaterThan(0);
    expect(evaluation.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('evaluateWorkbook', () => {
  it('sorts findings by severity, sheet order, row, column', () => {
    const findings: Finding[] = [
      { code: 'b', messageId: 'm', data: {}, severity: 'info', sheet: 'A', cell: 'A1' },
      { code: 'b', messageId: 'm', data: {}, severity: 'error', sheet: 'B', cell: 'A2' },
      { code: 'b', messageId: 'm', data: {}, severity: 'error', sheet: 'A', cell: 'C10' },
      { code: 'b', messageId: 'm', data: {}, severity: 'error', sheet: 'A', cell: 'B10' },
      { code: 'b', messageId: 'm', data: {}, severity: 'error', sheet: 'A', cell: 'Z9' },
    ];
    expect(sortFindings(findings, ['A', 'B']).map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([
      'error A!Z9',
      'error A!B10',
      'error A!C10',
      'error B!A2',
      'info A!A1',
    ]);
    for (const build of Object.values(ALL_FIXTURES)) {
      const { findings: sorted } = evaluateWorkbook(build());
      expect(
        sortFindings(
          sorted,
          build().sheets.map((s) => s.name),
        ),
      ).toEqual(sorted);
    }
  });

  it('takes a profile by name or as an object, and refuses an unknown name in Chinese', () => {
    expect(evaluateWorkbook(seedWorkbook(), { profile: 'national' }).profile).toBe('national');
    const strict = {
      ...NATIONAL_PROFILE,
      name: 'strict',
      gradeBands: [
        { grade: '优' as const, min: 99 },
        { grade: '良' as const, min: 0 },
      ],
    };
    const evaluation = evaluateWorkbook(seedWorkbook(), { profile: strict });
    expect(evaluation.profile).toBe('strict');
    expect(evaluation.tables.find((t) => t.kind === 'departmentScore')?.grade).toBe('良');
    expect(where(evaluation, 'grade-mismatch')).toHaveLength(1);
    expect(() => evaluateWorkbook(seedWorkbook(), { profile: 'nope' })).toThrow(/未知的评分规则/);
  });

  it('a workbook without tables evaluates to nothing, without throwing', () => {
    const evaluation = evaluateWorkbook({ sheets: [] });
    expect(evaluation.tables).toEqual([]);
    expect(evaluation.findings).toEqual([]);
  });

  it('evaluates 200 sheets × 30 indicators in under a second', () => {
    const snapshot = projectWorkbook(200, 30);
    // Best of three, in CPU time of this process: the first run pays for JIT warm-up, and the test
    // machines are shared (wall time under contention measures the neighbours, not the engine).
    let best = Infinity;
    let evaluation: Evaluation | null = null;
    for (let run = 0; run < 3 && best >= 500; run++) {
      const started = process.cpuUsage();
      evaluation = evaluateWorkbook(snapshot);
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    expect(evaluation!.tables.length).toBe(200);
    expect(evaluation!.tables.every((t) => t.indicators.length >= 30)).toBe(true);
    expect(best).toBeLessThan(1000); // typically 300–500 ms of CPU
  });
});
