/** The one set of number formatters: exact decimal rounding half-up, fixed or trimmed places, no "-0". */
import Big from 'big.js';
import fc from 'fast-check';
import {
  formatFixed,
  formatMoney,
  formatNumber,
  formatPercentPoints,
  formatQuantity,
  formatRate,
  formatScore,
} from '../../src/engine/format';

describe('formatFixed', () => {
  it('rounds half-up on the decimal value, not the binary one, and keeps trailing zeros', () => {
    expect(formatFixed(31)).toBe('31.00');
    expect(formatFixed(285.635)).toBe('285.64'); // 285.635 is 285.6349999… in binary
    expect(formatFixed(1.005)).toBe('1.01');
    expect(formatFixed(79.5, 0)).toBe('80');
    expect(formatFixed(new Big('2.345'), 2)).toBe('2.35');
  });

  it('prints a value that rounds to zero without a sign', () => {
    expect(formatFixed(-0.001)).toBe('0.00');
    expect(formatFixed(-0)).toBe('0.00');
    expect(formatFixed(-0.005)).toBe('-0.01');
  });
});

describe('formatFixed / formatNumber without Big for numbers that need no rounding', () => {
  const viaBig = (value: number, places: number) => new Big(String(value)).round(places, Big.roundHalfUp);

  it('prints what Big prints: exponents, huge and tiny values, negative zero', () => {
    for (const value of [0, -0, 7, -7, 0.5, -0.25, 1e20, 1e21, 123456.78, 1e-7, 0.000001, 0.1 + 0.2]) {
      for (const places of [0, 2, 4]) {
        expect(formatFixed(value, places)).toBe(viaBig(value, places).toFixed(places));
        expect(formatNumber(value, places)).toBe(viaBig(value, places).toString());
      }
    }
  });

  it('agrees with Big on any finite number at 0–6 places', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 6 }),
        (value, places) => {
          expect(formatFixed(value, places)).toBe(viaBig(value, places).toFixed(places));
          expect(formatNumber(value, places)).toBe(viaBig(value, places).toString());
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 6 }),
        (n, scale, places) => {
          const value = n / 10 ** scale; // cell-like values with a few decimals
          expect(formatFixed(value, places)).toBe(viaBig(value, places).toFixed(places));
          expect(formatNumber(value, places)).toBe(viaBig(value, places).toString());
        },
      ),
    );
  });
});

describe('formatNumber / formatScore', () => {
  it('drops trailing zeros, at most 4 places by default', () => {
    expect(formatNumber(8.62)).toBe('8.62');
    expect(formatNumber(9)).toBe('9');
    expect(formatNumber(1.23456)).toBe('1.2346');
    expect(formatNumber(1.3)).toBe('1.3');
    expect(formatNumber(1193, 2)).toBe('1193');
    expect(formatNumber(-0.00001)).toBe('0');
  });

  it('scores: at most 2 places, trailing zeros dropped, exact half-up', () => {
    expect(formatScore(98.4)).toBe('98.4');
    expect(formatScore(19)).toBe('19');
    expect(formatScore(14.425)).toBe('14.43');
    expect(formatScore(78.655)).toBe('78.66');
    expect(formatScore(0.1 + 0.2)).toBe('0.3');
    expect(formatScore(-0.001)).toBe('0');
    expect(formatScore(new Big('3.8333'))).toBe('3.83');
  });
});

describe('formatRate', () => {
  it('shows a fraction as a percentage at 2 places unless told otherwise', () => {
    expect(formatRate(0.940765)).toBe('94.08%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(1.0455, 2)).toBe('104.55%');
    expect(formatRate(0.7994, 0)).toBe('80%');
    expect(formatRate(0.12345, 1)).toBe('12.3%');
    expect(formatRate(0.9, 0)).toBe('90%');
  });

  it('multiplies exactly: 0.00035 is 0.035%, which rounds up (float ×100 gives 0.034999…)', () => {
    expect(formatRate(0.00035)).toBe('0.04%');
    expect(formatRate(0.00115)).toBe('0.12%');
  });

  it('never prints -0.00%', () => {
    expect(formatRate(-0.00001)).toBe('0.00%');
    expect(formatRate(-0)).toBe('0.00%');
  });
});

describe('formatPercentPoints / formatMoney / formatQuantity', () => {
  it('percent points and money keep 2 places', () => {
    expect(formatPercentPoints(94.08)).toBe('94.08%');
    expect(formatPercentPoints(100)).toBe('100.00%');
    expect(formatMoney(285.64, '万元')).toBe('285.64万元');
    expect(formatMoney(31, '万元')).toBe('31.00万元');
    expect(formatMoney(5, null)).toBe('5.00');
  });

  it('a quantity follows its unit: %, money, or trimmed with the unit', () => {
    expect(formatQuantity(90, '%')).toBe('90.00%');
    expect(formatQuantity(31, '万元')).toBe('31.00万元');
    expect(formatQuantity(1200, '元')).toBe('1200.00元');
    expect(formatQuantity(1193, '项')).toBe('1193项');
    expect(formatQuantity(3.14159, '个')).toBe('3.14个');
    expect(formatQuantity(2.5, null)).toBe('2.5');
  });
});
