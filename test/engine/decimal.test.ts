import Big from 'big.js';
import { dec, divide, nearlyEqual, roundHalfUp, sum } from '../../src/engine/decimal';

describe('decimal arithmetic', () => {
  it('rounds half-up on the decimal, not the binary, value', () => {
    expect(roundHalfUp(1.005)).toBe(1.01); // Math.round(1.005*100)/100 gives 1
    expect(roundHalfUp(divide(53.49, 68)!.times(100))).toBe(78.66);
    expect(roundHalfUp(divide(403.18, 428.56)!.times(100))).toBe(94.08);
    expect(roundHalfUp(-0.125)).toBe(-0.13);
  });

  it('sums money exactly', () => {
    expect(sum([0.1, 0.2]).toString()).toBe('0.3');
    expect(sum([254.64, 31]).eq(dec(285.64))).toBe(true);
  });

  it('sums exactly across mixed decimals, signs, exponents, huge values and Bigs', () => {
    expect(sum([]).toString()).toBe('0');
    expect(sum([0.1, -0.1]).toString()).toBe('0');
    expect(sum([-0.1, -0.2, 0.05]).toString()).toBe('-0.25');
    expect(sum([12.345, 0.655, 7]).toString()).toBe('20');
    expect(sum([0.000001, 0.0000001]).toString()).toBe('0.0000011'); // 1e-7 has an exponent in its JS text
    expect(sum([1e21, 1]).toFixed()).toBe('1000000000000000000001');
    expect(sum([9007199254740991, 2]).toFixed()).toBe('9007199254740993'); // past the safe-integer range
    expect(sum([dec('0.1'), 0.2]).toString()).toBe('0.3');
    expect(sum([78.655]).round(2, 1).toNumber()).toBe(78.66);
  });

  it('divides safely', () => {
    expect(divide(1, 0)).toBeNull();
    expect(nearlyEqual(sum([320.56, 108]), 428.56, 0)).toBe(true);
  });

  it("divides plain numbers exactly as Big's own division does", () => {
    const samples = [0, 1, -1, 3, 7, 0.1, 0.3, 53.49, 68, 403.18, 428.56, 2 / 3, -12.5, 1e-7, 123456789.123, 1e21, 0.5];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let i = 0; i < 100; i++) samples.push(Math.round(random() * 10 ** (i % 9)) / 10 ** (i % 5));
    const mismatches: string[] = [];
    for (const a of samples) {
      for (const b of samples) {
        if (b === 0) continue;
        const ours = divide(a, b)!.toString();
        const bigs = new Big(String(a)).div(new Big(String(b))).toString();
        if (ours !== bigs) mismatches.push(`${a}/${b}: ${ours} ≠ ${bigs}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(divide(1, 3)!.toString()).toBe('0.33333333333333333333');
    expect(divide(2, 3)!.toString()).toBe('0.66666666666666666667');
    expect(divide(-2, 3)!.toString()).toBe('-0.66666666666666666667');
  });
});
