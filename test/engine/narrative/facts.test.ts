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
  });
});
