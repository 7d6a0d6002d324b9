/**
 * The big.js-free paths of ./decimal against big.js itself: every result must be the very number (sign of
 * zero included) that the big.js route gives, on the edge cases and on a seeded spread of values.
 */
import Big from 'big.js';
import {
  cappedShare,
  exactDifference,
  exactPlaces,
  exactProduct,
  exactSum,
  fixedProductText,
  nearlyEqual,
  product,
  quotient,
  roundedProduct,
  roundExact,
  roundHalfUp,
  sum,
  trimmedProductText,
} from '../../src/engine/decimal';

const big = (value: number) => new Big(String(value));
const same = (ours: number | null, expected: number | null) => Object.is(ours, expected);
const show = (value: number | null) => (Object.is(value, -0) ? '-0' : String(value));

/** Values where exactness is easy to lose: halves, many places, huge, tiny, negative, zeros, exponents. */
const EDGES = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  0.005,
  -0.005,
  0.015,
  1.005,
  2.675,
  78.655,
  14.425,
  -0.125,
  0.1,
  0.2,
  0.3,
  0.7,
  0.8,
  0.6,
  1.3,
  3,
  7,
  9,
  10,
  12.5,
  100,
  99.995,
  0.994999,
  53.49,
  68,
  403.18,
  428.56,
  123456.789,
  0.123456789012,
  1234567890.12345,
  999999999999999,
  1e15,
  9007199254740991,
  2 ** 53 + 2,
  1e21,
  -1e21,
  1e-7,
  1.5e-7,
  0.000001,
  2 / 3,
  1 / 3,
  Math.PI,
  0.1 + 0.2,
  5e-324,
  1.7976931348623157e308,
  0.30000000000000004,
];

function spread(count: number, seed: number): number[] {
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const digits = Math.round((random() * 2 - 1) * 10 ** (1 + (i % 13)));
    values.push(digits / 10 ** (i % 9)); // up to 8 places, up to 13 digits
  }
  return values;
}

const VALUES = [...EDGES, ...spread(300, 11)];

function mismatches<T extends unknown[]>(
  cases: T[],
  ours: (...args: T) => number | null,
  reference: (...args: T) => number | null,
): string[] {
  const wrong: string[] = [];
  for (const args of cases) {
    const a = ours(...args);
    const b = reference(...args);
    if (!same(a, b)) wrong.push(`${args.map((x) => show(x as number)).join(', ')}: ${show(a)} ≠ ${show(b)}`);
  }
  return wrong;
}

describe('exactPlaces', () => {
  it.each([
    [0, 0],
    [12, 0],
    [0.5, 1],
    [78.655, 3],
    [-0.125, 3],
    [123456.789, 3],
    [1e-7, 7],
    [0.1 + 0.2, -1], // 0.30000000000000004: 17 significant digits
    [2 / 3, -1],
    [1e15, -1],
    [1e21, -1],
    [Number.NaN, -1],
    [Number.POSITIVE_INFINITY, -1],
  ])('%s has %s exact places', (value, places) => {
    expect(exactPlaces(value)).toBe(places);
  });

  it('agrees with the shortest text wherever it answers', () => {
    for (const value of VALUES) {
      const places = exactPlaces(value);
      if (places < 0) continue;
      expect(big(value).toFixed(places)).toBe(big(value).toFixed()); // no digit lies beyond `places`
    }
  });
});

describe('rounding without big.js', () => {
  const modes = { halfUp: Big.roundHalfUp, up: Big.roundUp, down: Big.roundDown } as const;

  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [78.655, 2, 78.66],
    [-0.125, 2, -0.13],
    [-0.005, 2, -0.01],
    [-0.004, 2, 0], // +0, as big.js prints it
    [-0, 2, 0],
    [99.995, 2, 100],
    [0.994999, 2, 0.99],
    [12.5, 0, 13],
    [-12.5, 0, -13],
  ])('roundHalfUp(%s, %s) = %s', (value, decimals, expected) => {
    expect(show(roundHalfUp(value, decimals))).toBe(show(expected));
  });

  it.each(Object.keys(modes) as Array<keyof typeof modes>)('%s gives what big.js gives', (mode) => {
    const cases = VALUES.flatMap((value) => [0, 1, 2, 4, 8].map((decimals) => [value, decimals] as [number, number]));
    const reference = (value: number, decimals: number) =>
      Number.isFinite(value) ? Number(big(value).round(decimals, modes[mode]).toFixed(decimals)) : null;
    expect(
      mismatches(
        cases,
        (value, decimals) => roundExact(value, decimals, mode) ?? reference(value, decimals),
        reference,
      ),
    ).toEqual([]);
  });

  it('leaves values outside the exact range to big.js', () => {
    expect(roundExact(0.1 + 0.2, 2, 'halfUp')).toBeNull();
    expect(roundExact(1e21, 2, 'halfUp')).toBeNull();
    expect(roundExact(1.5, -1, 'halfUp')).toBeNull();
    expect(roundHalfUp(0.1 + 0.2, 16)).toBe(0.3);
  });
});

describe('products without big.js', () => {
  const pairs = VALUES.filter(Number.isFinite).flatMap((a, i) =>
    [0.8, 0.6, 100, -3, 1.3, 0.05, VALUES[(i * 7) % VALUES.length]].map((b) => [a, b] as [number, number]),
  );

  it('product is Number(a × b) in decimal', () => {
    const reference = (a: number, b: number) => (Number.isFinite(b) ? Number(big(a).times(big(b))) : null);
    expect(
      mismatches(
        pairs.filter(([, b]) => Number.isFinite(b)),
        product,
        reference,
      ),
    ).toEqual([]);
    expect(product(3, 0.8)).toBe(2.4); // 3 * 0.8 in binary is 2.4000000000000004
    expect(show(product(0, -3))).toBe('-0'); // big.js keeps the sign of a zero product
  });

  it('roundedProduct is roundHalfUp(a × b) in decimal', () => {
    const cases = pairs
      .filter(([, b]) => Number.isFinite(b))
      .flatMap(([a, b]) => [[a, b, 2] as [number, number, number], [a, b, 0] as [number, number, number]]);
    const reference = (a: number, b: number, decimals: number) => roundHalfUp(big(a).times(big(b)), decimals);
    expect(mismatches(cases, roundedProduct, reference)).toEqual([]);
    expect(roundedProduct(0.94085, 100, 2)).toBe(94.09);
    expect(roundedProduct(1.005, 1, 2)).toBe(1.01); // a tie the double product (1.00499…) would miss
    expect(roundedProduct(5e-324, 1e308, 0)).toBe(roundHalfUp(big(5e-324).times(big(1e308)), 0)); // subnormal
    expect(roundedProduct(1.0005, 100, 1)).toBe(100.1);
  });
});

describe('rounding many-digit figures (quotients, rates) without big.js', () => {
  it('roundedProduct of quotients by 100 at 0 to 4 places is what big.js gives', () => {
    const rates = spread(200, 3).flatMap((a, i) => {
      const b = spread(200, 17)[i] || 7;
      return [a / b, b / 3, 1 / (i + 3), Number(big(a).div(big(b)))];
    });
    const ties = [0.125, 0.0125, 0.00125, 0.945, 0.9455, 0.50005, 1.0005, 0.3335, 2.675, 1.005, 0.285, 0.575].flatMap(
      (x) => [x, -x],
    );
    const cases = [...rates, ...ties]
      .filter(Number.isFinite)
      .flatMap((r) => [0, 1, 2, 3, 4].map((decimals) => [r, 100, decimals] as [number, number, number]));
    const reference = (a: number, b: number, decimals: number) => roundHalfUp(big(a).times(big(b)), decimals);
    expect(mismatches(cases, roundedProduct, reference)).toEqual([]);
  });
});

describe('quotients without big.js', () => {
  const divisors = [68, 428.56, 3, 7, 0.3, -12.5, 1e-7, 2 / 3, 1e21, 2 ** 53 + 2, 0.994999, 90, 100];
  const cases = VALUES.filter(Number.isFinite).flatMap((a) => divisors.map((b) => [a, b] as [number, number]));

  it('quotient is Number(a / b) as big.js divides (20 places, half-up)', () => {
    const reference = (a: number, b: number) => Number(big(a).div(big(b)));
    expect(mismatches(cases, quotient, reference)).toEqual([]);
    expect(quotient(1, 0)).toBeNull();
    expect(show(quotient(0, -3))).toBe(show(Number(big(0).div(big(-3)))));
  });

  it('cappedShare is roundHalfUp(min(max(a / b, 0), 1) × w)', () => {
    const weights = [10, 3, 2.5, 0.05, 15.25, 100, 7];
    const shares = cases.flatMap(([a, b], i) => [[a, b, weights[i % weights.length]] as [number, number, number]]);
    const reference = (a: number, b: number, w: number) => {
      const ratio = big(a).div(big(b));
      const capped = ratio.lt(0) ? new Big(0) : ratio.gt(1) ? new Big(1) : ratio;
      return roundHalfUp(capped.times(big(w)));
    };
    expect(mismatches(shares, cappedShare, reference)).toEqual([]);
    expect(cappedShare(2, 3, 10)).toBe(6.67);
    // 1/3 × 0.015 is 0.005 exactly, but the 20-place ratio (…333) makes it 0.00499…: big.js gives 0.
    expect(cappedShare(1, 3, 0.015)).toBe(0);
    expect(cappedShare(1, 8, 1)).toBe(0.13);
    const ties = [1, 2, 5, 7, 11].flatMap((n) =>
      [3, 6, 7, 8, 9, 12].map((d) => [n, d, 0.015 * d] as [number, number, number]),
    );
    expect(mismatches(ties, cappedShare, reference)).toEqual([]);
    expect(cappedShare(53.49, 68, 100)).toBe(78.66);
    expect(cappedShare(1, 0, 10)).toBeNull();
  });
});

describe('sums and comparisons without big.js', () => {
  it('sum is the exact decimal sum', () => {
    const groups = [
      VALUES.slice(0, 5),
      VALUES.slice(5, 30),
      spread(40, 5),
      [1e15, 1],
      [9007199254740991, 2],
      [0.1, -0.1],
    ];
    for (const group of groups) {
      const expected = group.reduce((total, value) => total.plus(big(value)), new Big(0));
      expect(sum(group).eq(expected)).toBe(true);
    }
  });

  it('nearlyEqual is |a − b| ≤ tolerance in decimal', () => {
    const tolerances = [0, 0.005, 0.01, 0.03, 1e-7];
    const cases = VALUES.filter(Number.isFinite).flatMap((a, i) => {
      const b = VALUES[(i * 5 + 3) % VALUES.length];
      const near = [a, a + 0.005, a - 0.01, b].filter(Number.isFinite);
      return near.flatMap((c) => tolerances.map((t) => [a, c, t] as [number, number, number]));
    });
    const reference = (a: number, b: number, t: number) => (big(a).minus(big(b)).abs().lte(big(t)) ? 1 : 0);
    expect(mismatches(cases, (a, b, t) => (nearlyEqual(a, b, t) ? 1 : 0), reference)).toEqual([]);
    expect(nearlyEqual(0.1 + 0.2, 0.3, 0)).toBe(false); // 0.30000000000000004 is not 0.3
    expect(nearlyEqual(100.005, 100, 0.005)).toBe(true);
    expect(nearlyEqual(100.0051, 100, 0.005)).toBe(false);
  });
});

describe('exact results as numbers', () => {
  /** A number result stands for the exact Big when its own text reads back as that Big (zero's sign too). */
  function wrongExact(ours: number | null, exact: Big): string | null {
    if (ours === null) return null; // left to big.js
    if (!big(ours).eq(exact) || !Object.is(ours, Number(exact))) return `${show(ours)} ≠ ${exact.toString()}`;
    return null;
  }

  it('exactSum, exactDifference and exactProduct are exact or null', () => {
    const finite = VALUES.filter(Number.isFinite);
    const wrong: string[] = [];
    let answered = 0;
    finite.forEach((a, i) => {
      const b = finite[(i * 11 + 5) % finite.length];
      const results: Array<[number | null, Big]> = [
        [exactSum([a, b, 0.01]), big(a).plus(big(b)).plus(big(0.01))],
        [exactDifference(a, b), big(a).minus(big(b))],
        [exactProduct(a, b), big(a).times(big(b))],
        [exactProduct(a, 0.01), big(a).times(big(0.01))],
      ];
      for (const [ours, exact] of results) {
        const problem = wrongExact(ours, exact);
        if (problem) wrong.push(`${show(a)}, ${show(b)}: ${problem}`);
        if (ours !== null) answered++;
      }
    });
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(finite.length * 2); // the usual figures do not fall back
  });

  it.each([
    [[0.1, 0.2], 0.3],
    [[0.1, -0.1], 0],
    [[254.64, 31], 285.64],
    [[], 0],
    [[1e-7, 2e-7], 3e-7],
  ])('exactSum(%j) = %s', (values, expected) => {
    expect(show(exactSum(values))).toBe(show(expected));
  });

  it('says null where the number could not carry the exact result', () => {
    expect(exactSum([999999999999999, 1])).toBeNull(); // 10^15: sixteen digits
    expect(exactSum([0.1 + 0.2])).toBeNull();
    expect(exactProduct(123456789, 123456789)).toBeNull();
    expect(exactDifference(1e21, 1)).toBeNull();
    expect(show(exactProduct(0, -3))).toBe('-0'); // as Number(big) gives it
    expect(show(exactDifference(0.01, 0.01))).toBe('0');
  });
});

describe('number text without big.js', () => {
  const finite = VALUES.filter(Number.isFinite);
  const rates = spread(200, 23).map((a, i) => a / (i + 7));

  it.each([0, 1, 2, 4])('fixedProductText at %s places is Big toFixed (by 1 and by 100)', (decimals) => {
    const wrong: string[] = [];
    for (const value of [...finite, ...rates]) {
      for (const factor of [1, 100]) {
        const ours = fixedProductText(value, factor, decimals);
        const theirs = big(value).times(big(factor)).round(decimals, Big.roundHalfUp).toFixed(decimals);
        if (ours !== null && ours !== theirs) wrong.push(`${show(value)} × ${factor}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([0, 2, 4, 6])('trimmedProductText at most %s places is Big toString', (decimals) => {
    const wrong: string[] = [];
    for (const value of [...finite, ...rates]) {
      const ours = trimmedProductText(value, 1, decimals);
      const theirs = big(value).round(decimals, Big.roundHalfUp).toString();
      if (ours !== null && ours !== theirs) wrong.push(`${show(value)}: ${ours} ≠ ${theirs}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [31, 1, 2, '31.00'],
    [285.635, 1, 2, '285.64'],
    [-0.001, 1, 2, '0.00'],
    [-0.005, 1, 2, '-0.01'],
    [0.940765, 100, 2, '94.08'],
    [0.9, 100, 0, '90'],
    [12345678.9, 1, 2, '12345678.90'],
  ])('fixedProductText(%s × %s, %s) = %s', (value, factor, decimals, expected) => {
    expect(fixedProductText(value, factor, decimals)).toBe(expected);
  });

  it.each([
    [98.4, 2, '98.4'],
    [19, 2, '19'],
    [100.004, 2, '100'],
    [-0.00001, 4, '0'],
    [1.23456, 4, '1.2346'],
    [-2.5, 0, '-3'],
  ])('trimmedProductText(%s, %s) = %s', (value, decimals, expected) => {
    expect(trimmedProductText(value, 1, decimals)).toBe(expected);
  });

  it('leaves what it cannot promise to big.js', () => {
    expect(trimmedProductText(1e-7, 1, 8)).toBeNull(); // big.js would print 1e-7
    expect(fixedProductText(1e21, 1, 2)).toBeNull();
    expect(fixedProductText(1.5, 1, -1)).toBeNull();
  });
});
