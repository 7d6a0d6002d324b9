import Big from 'big.js';
import fc from 'fast-check';
import { cleanName, lineRate, unspent } from '../../../src/engine/narrative/facts';
import type { FundLine } from '../../../src/engine/model';

describe('cleanName', () => {
  it.each([
    ['财政供养人员\n控制率', '财政供养人员控制率'],
    ['投  入', '投入'],
    [' “三公经费”\r\n变动率 ', '“三公经费”变动率'],
    ['IP 专线 数量', 'IP专线数量'],
    ['GDP growth rate', 'GDP growth rate'],
  ])('%j → %j', (name, expected) => {
    expect(cleanName(name)).toBe(expected);
  });
});

const line = (adjusted: number | null, executed: number | null, statedRate: number | null = null): FundLine => ({
  row: 0,
  label: '合计',
  initial: null,
  adjusted,
  executed,
  rate: adjusted && executed !== null ? executed / adjusted : null,
  statedRate,
  statedRateDecimals: null,
  weight: null,
  score: null,
  reportedScore: null,
  cells: {},
});

describe('fund line figures', () => {
  it('a 0/0 line has no rate, even when the sheet states 0%', () => {
    expect(lineRate(line(0, 0, 0))).toBeNull();
    expect(lineRate(line(null, null, 0.8))).toBe(0.8);
    expect(lineRate(line(100, 80))).toBe(0.8);
  });

  it('the unspent amount is budget − executed in cents, when something is left', () => {
    expect(unspent(line(428.56, 403.18))).toBe(25.38);
    expect(unspent(line(10, 10))).toBeNull();
    expect(unspent(line(null, 3))).toBeNull();
    expect(unspent(line(0.3, 0.1))).toBe(0.2); // decimal, not binary: 0.3 − 0.1 is 0.2
    expect(unspent(line(1.005, 0))).toBe(1.01); // rounded half-up on the decimal value
    expect(unspent(line(1e21, 1))).toBe(1e21); // beyond the exact range: big.js
  });

  it('the unspent amount equals the big.js computation on any amounts', () => {
    const viaBig = (budget: number, executed: number) => {
      const left = new Big(String(budget)).minus(new Big(String(executed)));
      return left.gt(0) ? Number(left.round(2).toString()) : null;
    };
    const amount = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100),
      fc.integer({ min: 0, max: 1e9 }).chain((n) => fc.integer({ min: 0, max: 6 }).map((places) => n / 10 ** places)),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    );
    fc.assert(
      fc.property(amount, amount, (budget, executed) => {
        expect(unspent(line(budget, executed))).toBe(viaBig(budget, executed));
      }),
      { numRuns: 3000 },
    );
  });
});
