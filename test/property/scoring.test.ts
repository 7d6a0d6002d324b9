/**
 * Property tests for the scoring rules (SPEC §4): whatever the targets, actuals, weights, units and
 * directions, a computed score is either null (cannot be scored) or lies in [0, weight] with at most 2
 * decimals; met targets earn the full weight; 定性 scores stay inside their band.
 */
import fc from 'fast-check';
import type { Direction, FundLine, TableKind } from '../../src/engine/model';
import { NATIONAL_PROFILE, type RuleProfile } from '../../src/engine/profiles';
import { bandBounds, fundsScore, scoreIndicator, scoreTable } from '../../src/engine/scoring';
import { qualitativeBand } from '../../src/engine/vocabulary/qualitative';
import { makeFundLine, makeIndicator, makeTable } from '../fixtures/model';

const DEVIATION_PROFILE: RuleProfile = { ...NATIONAL_PROFILE, name: 'deviation-test', reverseScoring: 'deviation' };
const PROFILES = [NATIONAL_PROFILE, DEVIATION_PROFILE];

/** Money and counts as offices write them: up to 4 decimals, from tiny to huge, negatives included. */
const amount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
  fc.double({ min: -1e6, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 10000) / 10000),
  fc.constantFrom(0, -0, 1e-9, 0.005, 99.995, 1e15),
);
/** Weights: positive, at most 2 decimals (分值 as typed), plus 0 and null (no weight). */
const weight = fc.oneof(
  fc.integer({ min: 1, max: 10000 }).map((v) => v / 100),
  fc.constantFrom(0, null, 100, 0.01),
);
const unit = fc.constantFrom(null, '%', '个', '次', '万元', '元', '亿元', '天');
const direction = fc.constantFrom<Direction>('≥', '≤', '=');
const reported = fc.option(fc.double({ min: -50, max: 150, noNaN: true }).map((v) => Math.round(v * 100) / 100));

function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

function expectBounded(score: number | null, w: number | null): void {
  if (score === null) return;
  expect(Number.isFinite(score)).toBe(true);
  expect(w).not.toBeNull();
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(w as number);
  expect(hasAtMostTwoDecimals(score)).toBe(true);
}

describe('scoreIndicator bounds', () => {
  test('numeric rows: score is null or within [0, weight], 2 decimals, never throws', () => {
    fc.assert(
      fc.property(
        direction,
        amount,
        amount,
        weight,
        unit,
        unit,
        reported,
        fc.constantFrom(...PROFILES),
        fc.constantFrom<TableKind>('project', 'department', 'departmentScore'),
        (dir, target, actual, w, targetUnit, actualUnit, reportedScore, profile, kind) => {
          const result = scoreIndicator(
            makeIndicator({ direction: dir, target, actual, weight: w, unit: targetUnit, actualUnit, reportedScore }),
            profile,
            kind,
          );
          if (w === null || w <= 0) expect(result.score).toBeNull();
          expectBounded(result.score, w);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a met target earns the full weight (≥: B ≥ A; ≤: B ≤ A), same units', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Direction>('≥', '≤'),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 10000 }).map((v) => v / 100),
        fc.constantFrom(...PROFILES),
        (dir, target, slack, w, profile) => {
          const actual = dir === '≥' ? target + slack : Math.max(0, target - slack);
          const result = scoreIndicator(
            makeIndicator({ direction: dir, target, actual, weight: w, unit: '个', actualUnit: '个' }),
            profile,
          );
          expect(result.met).toBe(true);
          expect(result.score).toBe(w);
        },
      ),
    );
  });

  test('a missed ≥ target earns B/A of the weight (rounded half up to 2 decimals)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100000 }), fc.integer({ min: 1, max: 100 }), (target, w) => {
        const actual = Math.floor(target / 2);
        const result = scoreIndicator(makeIndicator({ direction: '≥', target, actual, weight: w }), NATIONAL_PROFILE);
        expect(result.met).toBe(false);
        const exact = (actual / target) * w;
        expect(Math.abs((result.score as number) - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  test('unit mismatch (个 vs %) is never scored silently', () => {
    fc.assert(
      fc.property(direction, amount, amount, fc.integer({ min: 1, max: 100 }), (dir, target, actual, w) => {
        const result = scoreIndicator(
          makeIndicator({ direction: dir, target, actual, weight: w, unit: '%', actualUnit: '个' }),
          NATIONAL_PROFILE,
        );
        expect(result.score).toBeNull();
      }),
    );
  });
});

describe('定性 rows', () => {
  const bandWords = fc.constantFrom(
    '达成年度指标',
    '部分达成年度指标并具有一定效果',
    '未达成年度指标且效果较差',
    '达到预期',
    '已完成',
    '效果明显',
  );

  test('score stays inside the band the wording names, whatever was reported', () => {
    fc.assert(
      fc.property(
        bandWords,
        // w ≥ 0.1: below that a band may hold no score at 2 decimals (部分达成 at w = 0.01 is [0.006, 0.008)).
        fc.integer({ min: 10, max: 10000 }).map((v) => v / 100),
        reported,
        (actual, w, reportedScore) => {
          const result = scoreIndicator(
            makeIndicator({
              direction: '定性',
              target: '效果明显',
              actual,
              actualText: actual,
              weight: w,
              reportedScore,
            }),
            NATIONAL_PROFILE,
          );
          const band = qualitativeBand(actual);
          expect(band).not.toBeNull();
          const { low, high, highInclusive } = bandBounds(band!, w);
          expectBounded(result.score, w);
          const score = result.score as number;
          expect(score).toBeGreaterThanOrEqual(Math.round(low * 100) / 100 - 1e-9);
          if (highInclusive) expect(score).toBeLessThanOrEqual(high);
          else expect(score).toBeLessThan(high + 1e-9);
        },
      ),
    );
  });

  // SPEC §4: 80% belongs to the top band, so a 部分达成 row with no reported score must stay below 0.8w.
  test('部分达成 / 未达成 with no reported score stay inside their half-open bands (w = 10)', () => {
    const score = (actual: string) =>
      scoreIndicator(
        makeIndicator({ direction: '定性', target: '效果明显', actual, actualText: actual, weight: 10 }),
        NATIONAL_PROFILE,
      ).score as number;
    expect(score('部分达成年度指标并具有一定效果')).toBeGreaterThanOrEqual(6);
    expect(score('部分达成年度指标并具有一定效果')).toBeLessThan(8);
    expect(score('未达成年度指标且效果较差')).toBeLessThan(6);
  });

  test('arbitrary actual text never throws and stays bounded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), weight, reported, (actual, w, reportedScore) => {
        const result = scoreIndicator(
          makeIndicator({
            direction: '定性',
            target: '有效提升',
            actual,
            actualText: actual,
            weight: w,
            reportedScore,
          }),
          NATIONAL_PROFILE,
        );
        expectBounded(result.score, w);
      }),
    );
  });
});

describe('funds score and table totals', () => {
  function fundLine(adjusted: number | null, executed: number | null, w: number | null): FundLine {
    return makeFundLine({ row: 5, initial: adjusted, adjusted, executed, weight: w });
  }

  test('预算执行 score is null or within [0, weight]', () => {
    fc.assert(
      fc.property(fc.option(amount), fc.option(amount), weight, (adjusted, executed, w) => {
        expectBounded(fundsScore(fundLine(adjusted, executed, w)), w);
      }),
      { numRuns: 2000 },
    );
  });

  test('a table total is null or within [0, Σ weights]', () => {
    const row = fc.record({
      direction: direction,
      target: amount,
      actual: amount,
      weight: fc.integer({ min: 1, max: 2000 }).map((v) => v / 100),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.option(amount),
        fc.option(amount),
        (rows, adjusted, executed) => {
          const funds = fundLine(adjusted, executed, 10);
          const indicators = rows.map((r, i) => makeIndicator({ ...r, row: 20 + i }));
          const table = scoreTable(
            makeTable({ sheet: 'S', range: { top: 0, left: 0, bottom: 40, right: 8 }, funds, indicators }),
            NATIONAL_PROFILE,
          );
          const maximum = 10 + rows.reduce((s, r) => s + r.weight, 0);
          if (table.total !== null) {
            expect(table.total).toBeGreaterThanOrEqual(0);
            expect(table.total).toBeLessThanOrEqual(maximum + 1e-9);
            expect(table.grade).not.toBeNull();
          } else {
            expect(table.grade).toBeNull();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
