import type { Indicator } from '../../src/engine/model';
import { NATIONAL_PROFILE, type RuleProfile } from '../../src/engine/profiles';
import Big from 'big.js';
import {
  bandBounds,
  bandScore,
  bandScoreRange,
  executionRate,
  fundsScore,
  gradeFor,
  scoreIndicator,
  scoreTable,
  writtenAsTarget,
} from '../../src/engine/scoring';
import { qualitativeBand } from '../../src/engine/vocabulary/qualitative';
import { convertUnit, unitsCompatible } from '../../src/engine/vocabulary/units';
import { makeFundLine, makeIndicator, makeTable } from './rules/tester';

const DEVIATION: RuleProfile = { ...NATIONAL_PROFILE, name: 'deviation', reverseScoring: 'deviation' };
const percent = (fraction: number | null) => (fraction === null ? null : (Math.round(fraction * 1e6) / 1e4).toFixed(2));
const row = (fields: Partial<Indicator>) => makeIndicator({ weight: 10, ...fields });

describe('预算执行率 and its score', () => {
  it.each([
    [428.56, 403.18, '94.08'],
    [320.56, 316.84, '98.84'],
    [108, 86.34, '79.94'],
    [26, 24.77, '95.27'],
    [68, 53.49, '78.66'],
    [9, 3.09, '34.33'],
  ])('%s budgeted, %s executed → %s%% (SPEC §9)', (adjusted, executed, expected) => {
    expect(percent(executionRate({ adjusted, executed }))).toBe(expected);
  });

  it('is null when the budget is 0 or a figure is missing', () => {
    expect(executionRate({ adjusted: 0, executed: 0 })).toBeNull();
    expect(executionRate({ adjusted: 10, executed: null })).toBeNull();
  });

  it('scores min(rate, 1) × w, half-up at 2 decimals', () => {
    expect(fundsScore(makeFundLine('年度资金总额', [43.2, 43.2, 37.24], { weight: 10 }))).toBe(8.62); // 廊坊 2019
    expect(fundsScore(makeFundLine('年度资金总额', [428.56, 428.56, 403.18], { weight: 10 }))).toBe(9.41);
    expect(fundsScore(makeFundLine('年度资金总额', [7.29, 7.29, 7.29], { weight: 10 }))).toBe(10); // 丽江 2020
    expect(fundsScore(makeFundLine('年度资金总额', [10, 10, 12], { weight: 10 }))).toBe(10);
    expect(fundsScore(makeFundLine('年度资金总额', [0, 0, 0], { weight: 10 }))).toBeNull(); // 池州 2022
    expect(fundsScore(makeFundLine('年度资金总额', [10, 10, 5], { weight: null }))).toBeNull();
  });
});

describe('indicator scores (SPEC §4)', () => {
  it('≥: full when met, else B/A × w', () => {
    expect(scoreIndicator(row({ target: 100, actual: 120 }), NATIONAL_PROFILE)).toEqual(
      expect.objectContaining({ score: 10, met: true }),
    );
    expect(scoreIndicator(row({ target: 100, actual: 90 }), NATIONAL_PROFILE)).toEqual(
      expect.objectContaining({ score: 9, met: false }),
    );
    expect(scoreIndicator(row({ target: 3, actual: 2 }), NATIONAL_PROFILE).score).toBe(6.67);
  });

  it('≤: ratio A/B × w by default; the deviation variant (1 − (B−A)/A) × w, 0 at B ≥ 2A', () => {
    const over = row({ direction: '≤', target: 90, actual: 100 });
    expect(scoreIndicator(over, NATIONAL_PROFILE).score).toBe(9);
    expect(scoreIndicator(over, DEVIATION).score).toBe(8.89);
    expect(scoreIndicator(row({ direction: '≤', target: 90, actual: 180 }), DEVIATION).score).toBe(0);
    expect(scoreIndicator(row({ direction: '≤', target: 90, actual: 80 }), DEVIATION)).toEqual(
      expect.objectContaining({ score: 10, met: true }),
    );
    expect(scoreIndicator(row({ direction: '≤', target: 0, actual: 2 }), NATIONAL_PROFILE).score).toBe(0); // 投诉 ≤0次
  });

  it('=: A = 0 → w only when B ≤ 0; A > 0 → as ≥', () => {
    expect(scoreIndicator(row({ direction: '=', target: 0, actual: 0 }), NATIONAL_PROFILE).score).toBe(10);
    expect(scoreIndicator(row({ direction: '=', target: 0, actual: 1 }), NATIONAL_PROFILE).score).toBe(0);
    expect(scoreIndicator(row({ direction: '=', target: 100, actual: 95 }), NATIONAL_PROFILE).score).toBe(9.5);
  });

  it('converts 万元↔元 and refuses incompatible or unreadable units', () => {
    expect(unitsCompatible('万元', '元')).toBe(true);
    expect(unitsCompatible('个', '项')).toBe(false);
    expect(convertUnit(7.289, '万元', '元')).toBe(72890);
    expect(
      scoreIndicator(
        row({ direction: '=', target: 72890, unit: '元', actual: 7.289, actualUnit: '万元' }),
        NATIONAL_PROFILE,
      ).met,
    ).toBe(true);
    expect(scoreIndicator(row({ target: 10, unit: '%', actual: 10, actualUnit: '个' }), NATIONAL_PROFILE)).toEqual(
      expect.objectContaining({ score: null, scoring: 'unitMismatch' }),
    );
    expect(
      scoreIndicator(
        row({ direction: '≤', target: 30, unit: '万元', actual: '完成', actualText: '完成' }),
        NATIONAL_PROFILE,
      ),
    ).toEqual(expect.objectContaining({ score: null, scoring: 'nonNumericActual' }));
    expect(scoreIndicator(row({ direction: null, target: null, targetText: '见附件' }), NATIONAL_PROFILE).scoring).toBe(
      'unreadableTarget',
    );
  });

  it('flags overshoot at profile.overshootRatio × A', () => {
    expect(scoreIndicator(row({ target: 100, actual: 130 }), NATIONAL_PROFILE).overshoot).toBe(true);
    expect(scoreIndicator(row({ target: 100, actual: 129.9 }), NATIONAL_PROFILE).overshoot).toBe(false);
    expect(
      scoreIndicator(row({ target: 100, actual: 121 }), { ...NATIONAL_PROFILE, overshootRatio: 1.2 }).overshoot,
    ).toBe(true);
  });
});

describe('定性 bands', () => {
  it('reads the band from the wording', () => {
    expect(qualitativeBand('达成年度指标')).toBe('achieved');
    expect(qualitativeBand('达成预期指标')).toBe('achieved');
    expect(qualitativeBand('部分达成年度指标并具有一定效果')).toBe('partial');
    expect(qualitativeBand('未达成年度指标且效果较差')).toBe('failed');
    expect(qualitativeBand('合理')).toBeNull();
  });

  it('keeps a reported score inside its band, else the nearest bound; none → the band top', () => {
    expect(bandScore('achieved', 10, 9)).toBe(9);
    expect(bandScore('achieved', 10, 7)).toBe(8);
    expect(bandScore('achieved', 10, null)).toBe(10);
    expect(bandScore('partial', 10, 6)).toBe(6);
    expect(bandScore('partial', 10, 8)).toBe(7.99); // 80% belongs to the top band
    expect(bandScore('partial', 10, null)).toBe(7.99);
    expect(bandScore('failed', 10, 7)).toBe(5.99);
    expect(bandScore('failed', 10, null)).toBe(5.99);
    const q = (actual: string, reportedScore: number | null) =>
      scoreIndicator(
        row({
          direction: '定性',
          target: '效果明显',
          targetText: '效果明显',
          actual,
          actualText: actual,
          reportedScore,
        }),
        NATIONAL_PROFILE,
      );
    expect(q('达成预期指标', null)).toEqual(expect.objectContaining({ score: 10, met: true, band: 'achieved' }));
    expect(q('部分达成年度指标并具有一定效果', 9).score).toBe(7.99);
    expect(q('合理', 4)).toEqual(expect.objectContaining({ score: 4, scoring: 'judgment' }));
    expect(q('合理', null)).toEqual(expect.objectContaining({ score: null, scoring: 'noReportedScore' }));
  });
});

describe('score grid rows', () => {
  it('keep the reported 得分 within 0..分值, with the national rule as ruleScore', () => {
    const staffRate = row({
      name: '在职人员控制率',
      direction: '≤',
      target: 100,
      unit: '%',
      actual: 104.55,
      actualUnit: '%',
      weight: 4,
      reportedScore: 4,
    });
    expect(scoreIndicator(staffRate, NATIONAL_PROFILE, 'departmentScore')).toEqual(
      expect.objectContaining({ score: 4, ruleScore: 3.83, scoring: 'judgment' }),
    );
    expect(scoreIndicator(staffRate, NATIONAL_PROFILE, 'project')).toEqual(
      expect.objectContaining({ score: 3.83, ruleScore: 3.83, scoring: 'scored' }),
    );
    expect(scoreIndicator({ ...staffRate, reportedScore: null }, NATIONAL_PROFILE, 'departmentScore').score).toBe(3.83);
    expect(scoreIndicator({ ...staffRate, reportedScore: 5 }, NATIONAL_PROFILE, 'departmentScore').score).toBe(3.83);
    const judgment = row({
      direction: null,
      target: null,
      targetText: '',
      actual: '健全',
      actualText: '健全',
      weight: 1.5,
      reportedScore: 1.5,
    });
    expect(scoreIndicator(judgment, NATIONAL_PROFILE, 'departmentScore').score).toBe(1.5);
    expect(scoreIndicator({ ...judgment, reportedScore: 2 }, NATIONAL_PROFILE, 'departmentScore').score).toBeNull();
  });
});

describe('tables: levels, totals, grades', () => {
  const grid = (reported: number | null = 1) =>
    makeTable({
      kind: 'departmentScore',
      indicators: [
        row({
          row: 3,
          level1: '投入',
          level1Weight: 15,
          name: '绩效目标合理性',
          direction: null,
          target: null,
          actual: '合理',
          actualText: '合理',
          weight: 5,
          reportedScore: 5,
        }),
        row({
          row: 4,
          level1: '投入',
          level1Weight: 15,
          name: '重点支出安排率',
          target: 90,
          unit: '%',
          actual: 79.94,
          actualUnit: '%',
          weight: 10,
          reportedScore: 9.4,
        }),
        row({
          row: 5,
          level1: '过程',
          level1Weight: 5,
          name: '预算完成率',
          target: 100,
          unit: '%',
          actual: 94.08,
          actualUnit: '%',
          weight: 2,
          reportedScore: 1.88,
        }),
        row({
          row: 6,
          level1: '过程',
          level1Weight: 5,
          name: '资金使用合规性',
          direction: null,
          target: null,
          actual: '合规',
          actualText: '合规',
          weight: 3,
          reportedScore: reported,
        }),
      ],
    });

  it('sum levels and the total, and grade it', () => {
    const scored = scoreTable(grid(), NATIONAL_PROFILE);
    expect(scored.table.levels).toEqual([
      { name: '投入', weight: 15, score: 14.4, reportedScore: 14.4 },
      { name: '过程', weight: 5, score: 2.88, reportedScore: 2.88 },
    ]);
    expect(scored.total).toBe(17.28);
    expect(scored.grade).toBe('差');
  });

  it('a weighted row that cannot be scored makes the total null, not a partial sum', () => {
    const scored = scoreTable(grid(null), NATIONAL_PROFILE);
    expect(scored.table.levels[1].score).toBeNull();
    expect(scored.total).toBeNull();
    expect(scored.grade).toBeNull();
  });

  it('a row whose 分值 cannot be read blocks the total and its level (it is not left out of the sum)', () => {
    const table = grid();
    const unreadableWeight = { ...table.indicators[1], weight: null, unreadable: ['weight' as const] };
    const scored = scoreTable(
      { ...table, indicators: [table.indicators[0], unreadableWeight, table.indicators[2]] },
      NATIONAL_PROFILE,
    );
    expect(scored.indicators[1].score).toBeNull();
    expect(scored.table.levels[0].score).toBeNull();
    expect(scored.table.levels[1].score).not.toBeNull();
    expect(scored.total).toBeNull();
    expect(scored.grade).toBeNull();
  });

  it('an unreadable 分值 gives status unreadableWeight and no score, but whether B meets A is still known', () => {
    const result = scoreIndicator(
      row({ weight: null, unreadable: ['weight'], target: 100, actual: 90 }),
      NATIONAL_PROFILE,
    );
    expect(result).toEqual(
      expect.objectContaining({ scoring: 'unreadableWeight', score: null, ruleScore: null, met: false }),
    );
    const funds = makeFundLine('年度资金总额', [10, 10, 9], { weight: 10, unreadable: ['weight'] });
    expect(fundsScore(funds)).toBeNull();
    const scored = scoreTable(
      makeTable({ funds, indicators: [row({ weight: 90, target: 1, actual: 1 })] }),
      NATIONAL_PROFILE,
    );
    expect(scored.total).toBeNull();
  });

  it('project: funds score + Σ indicator scores', () => {
    const scored = scoreTable(
      makeTable({
        funds: makeFundLine('年度资金总额', [43.2, 43.2, 37.24], { weight: 10 }),
        indicators: [
          row({ weight: 50, target: 100, actual: 100 }),
          row({ row: 11, weight: 40, target: 100, actual: 95 }),
        ],
      }),
      NATIONAL_PROFILE,
    );
    expect(scored.table.funds?.score).toBe(8.62);
    expect(scored.table.funds?.rate).toBeCloseTo(0.862, 4);
    expect(scored.total).toBe(96.62);
    expect(scored.grade).toBe('优');
  });

  it('grades by the profile bands', () => {
    expect([98.4, 90, 89.99, 80, 60, 59.99, 0].map((t) => gradeFor(t, NATIONAL_PROFILE))).toEqual([
      '优',
      '优',
      '良',
      '良',
      '中',
      '差',
      '差',
    ]);
    expect(gradeFor(null, NATIONAL_PROFILE)).toBeNull();
  });
});

describe('the scored model: 定性 wording decides the band, the status and the filled 得分', () => {
  const qualitative = (actual: string) =>
    scoreIndicator(
      row({ direction: '定性', target: '合格', targetText: '合格', actual, actualText: actual, reportedScore: null }),
      NATIONAL_PROFILE,
    );

  it.each(['不合格', '不满意', '未达到', '无明显效果'])(
    '%s → the low band, missed, never the full weight',
    (actual) => {
      expect(qualitative(actual)).toEqual(
        expect.objectContaining({
          status: 'missed',
          band: 'failed',
          score: 5.99,
          comparison: { kind: 'band', band: 'failed' },
        }),
      );
    },
  );

  it.each(['合格', '满意', '达成年度指标'])('%s → the top band, met, the full weight', (actual) => {
    expect(qualitative(actual)).toEqual(expect.objectContaining({ status: 'met', band: 'achieved', score: 10 }));
  });

  it('numeric rows carry the comparison used and the overshoot status', () => {
    expect(scoreIndicator(row({ target: 100, actual: 140 }), NATIONAL_PROFILE)).toEqual(
      expect.objectContaining({
        status: 'overshoot',
        comparison: { kind: 'numeric', direction: '≥', target: 100, actual: 140, unit: null, reverse: null },
      }),
    );
    expect(scoreIndicator(row({ direction: '≤', target: 10, actual: 20 }), DEVIATION)).toEqual(
      expect.objectContaining({
        status: 'missed',
        score: 0,
        comparison: expect.objectContaining({ reverse: 'deviation' }),
      }),
    );
  });

  it('a judgment row is met or missed by its typed 得分 against 分值', () => {
    const judged = (reportedScore: number) =>
      scoreIndicator(row({ direction: '定性', actual: '合理', actualText: '合理', reportedScore }), NATIONAL_PROFILE);
    expect(judged(10)).toEqual(expect.objectContaining({ status: 'met', met: null, scoring: 'judgment' }));
    expect(judged(8)).toEqual(
      expect.objectContaining({ status: 'missed', comparison: { kind: 'reportedScore', reported: 8, weight: 10 } }),
    );
  });

  it('band fractions come from the profile', () => {
    const strict: RuleProfile = { ...NATIONAL_PROFILE, bandFractions: { achieved: 0.9, partial: 0.5 } };
    const partial = scoreIndicator(
      row({ direction: '定性', actual: '部分完成', actualText: '部分完成', reportedScore: null }),
      strict,
    );
    expect(partial.score).toBe(8.99);
  });

  it('the table knows the total the sheet will show: typed scores, computed where 得分 is blank', () => {
    const sheet = { name: '项目支出绩效自评表', visibility: 'visible' as const, values: [], merges: [] };
    const scored = scoreTable(
      makeTable({
        indicators: [row({ weight: 60, reportedScore: 50 }), row({ row: 11, weight: 40, reportedScore: null })],
      }),
      NATIONAL_PROFILE,
      sheet,
    );
    expect(scored.total).toBe(100);
    expect(scored.sheetTotal).toBe(90);
    expect(scored.sheetScores.map((entry) => entry.fills)).toEqual([false, true]);
    expect(scored.of(scored.table.indicators[1]).status).toBe('met');
  });
});

describe('band bounds and ranges, computed without big.js, are what big.js gives', () => {
  /** The big.js computation the scoring module used before its plain-number paths. */
  function bigRange(band: 'achieved' | 'partial' | 'failed', weight: number, achieved: number, partial: number) {
    const w = new Big(String(weight));
    const top = Number(w.times(achieved));
    const middle = Number(w.times(partial));
    const [low, high, inclusive] =
      band === 'achieved' ? [top, weight, true] : band === 'partial' ? [middle, top, false] : [0, middle, false];
    const min = Number(new Big(String(low)).round(2, Big.roundUp));
    let max = Number(new Big(String(high)).round(2, Big.roundDown));
    if (!inclusive && new Big(String(max)).gte(String(high))) max = Number(new Big(String(max)).minus(0.01));
    return { low, high, range: max < min ? { min, max: min } : { min, max } };
  }

  it('on weights with many places, tiny and large, under the national and other fractions', () => {
    const weights = [0.01, 0.03, 0.05, 0.125, 1, 2.5, 3, 3.33, 5, 6.667, 7.5, 10, 12.345, 15, 33.3333, 100, 123456.78];
    const fractions = [
      { achieved: 0.8, partial: 0.6 },
      { achieved: 0.85, partial: 0.65 },
      { achieved: 0.9, partial: 0.7 },
    ];
    const wrong: string[] = [];
    for (const weight of weights) {
      for (const f of fractions) {
        for (const band of ['achieved', 'partial', 'failed'] as const) {
          const expected = bigRange(band, weight, f.achieved, f.partial);
          const bounds = bandBounds(band, weight, f);
          const range = bandScoreRange(band, weight, f);
          const same =
            bounds.low === expected.low &&
            bounds.high === expected.high &&
            range.min === expected.range.min &&
            range.max === expected.range.max;
          if (!same) wrong.push(`${band} ${weight} ${JSON.stringify(f)}: ${JSON.stringify(range)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('an actual written like a target', () => {
  it.each<[string, boolean]>([
    ['≥100%', true],
    [' ≤ 5', true],
    ['>=90%', true],
    ['＞＝90%', true],
    ['不低于95%', true],
    ['大于等于3', true],
    ['100%', false],
    ['9≥8', false],
    ['0', false],
    ['', false],
    ['达成年度指标', false],
  ])('%p → %p', (text, expected) => {
    expect(writtenAsTarget(text)).toBe(expected);
  });
});
