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

  it('divides safely', () => {
    expect(divide(1, 0)).toBeNull();
    expect(nearlyEqual(sum([320.56, 108]), 428.56, 0)).toBe(true);
  });
});
