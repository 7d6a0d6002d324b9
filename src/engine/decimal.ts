/**
 * Decimal-safe arithmetic for money, rates and scores. Values in the model are JS numbers as the cells
 * show them; every computation converts through their shortest decimal text, so 0.1 + 0.2 is 0.3 and
 * 78.655 rounds half-up to 78.66 as a person on a calculator would get.
 */
import Big from 'big.js';

export type Decimal = Big;

export function dec(value: number | string | Big): Big {
  return value instanceof Big ? value : new Big(typeof value === 'number' ? numberText(value) : value);
}

/** Shortest round-trip text of a finite number, without exponent when possible. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** Round half-up to `decimals` places and return a JS number (for the model and JSON). */
export function roundHalfUp(value: number | string | Big, decimals = 2): number {
  return Number(dec(value).round(decimals, Big.roundHalfUp).toFixed(decimals));
}

/** a / b as a Big, or null when b is zero. Division keeps 20 decimal places (Big.DP), rounded half-up (Big.RM). */
export function divide(a: number | Big, b: number | Big): Big | null {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return null;
    const quick = integerQuotient(a, b);
    if (quick !== null) return quick;
  }
  const divisor = dec(b);
  return divisor.eq(0) ? null : dec(a).div(divisor);
}

/** A number's shortest text as an integer and a count of decimal places; null with an exponent. */
function scaledInteger(value: number): { digits: bigint; places: number } | null {
  const text = numberText(value);
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  if (dot < 0) return { digits: BigInt(text), places: 0 };
  return { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), places: text.length - dot - 1 };
}

/**
 * Big's a.div(b) for plain numbers, in native BigInt arithmetic (Big's digit-by-digit long division is
 * the engine's costliest library call on a cold start): the same quotient, rounded half-up at Big.DP
 * places. null where the two could differ in form (a quotient that rounds to ±0, exponents, another DP/RM).
 */
function integerQuotient(a: number, b: number): Big | null {
  if (Big.DP !== 20 || Big.RM !== Big.roundHalfUp) return null;
  const dividend = scaledInteger(a);
  const divisor = scaledInteger(b);
  if (dividend === null || divisor === null) return null;
  // a / b = (A / B) × 10^(placesB − placesA); kept to 20 places: round(A × 10^(20 + placesB − placesA) / B).
  const shift = Big.DP + divisor.places - dividend.places;
  if (shift < 0) return null;
  const numerator = (dividend.digits < 0n ? -dividend.digits : dividend.digits) * 10n ** BigInt(shift);
  const denominator = divisor.digits < 0n ? -divisor.digits : divisor.digits;
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  if (rounded === 0n) return null;
  const magnitude = rounded.toString().padStart(Big.DP + 1, '0');
  const negative = dividend.digits < 0n !== divisor.digits < 0n;
  return new Big(`${negative ? '-' : ''}${magnitude.slice(0, -Big.DP)}.${magnitude.slice(-Big.DP)}`);
}

export function sum(values: ReadonlyArray<number | Big>): Big {
  return exactIntegerSum(values) ?? values.reduce<Big>((total, value) => total.plus(dec(value)), new Big(0));
}

/**
 * The same exact sum without a Big per term, for the usual case (plain numbers, few decimals): each term's
 * shortest text scaled to an integer, added while every partial sum stays a safe integer (so exactly),
 * then read back as one Big. null when any term is a Big, has an exponent or would leave the safe range.
 */
function exactIntegerSum(values: ReadonlyArray<number | Big>): Big | null {
  const digits: number[] = [];
  const decimals: number[] = [];
  let scale = 0;
  for (const value of values) {
    if (typeof value !== 'number') return null;
    const text = numberText(value);
    if (text.includes('e')) return null;
    const dot = text.indexOf('.');
    const places = dot < 0 ? 0 : text.length - dot - 1;
    const scaled = Number(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
    if (!Number.isSafeInteger(scaled)) return null;
    digits.push(scaled);
    decimals.push(places);
    if (places > scale) scale = places;
  }
  if (scale > 15) return null;
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const term = digits[i] * 10 ** (scale - decimals[i]);
    total += term;
    if (!Number.isSafeInteger(term) || !Number.isSafeInteger(total)) return null;
  }
  const magnitude = String(Math.abs(total)).padStart(scale + 1, '0');
  const text = scale === 0 ? magnitude : `${magnitude.slice(0, -scale)}.${magnitude.slice(-scale)}`;
  return new Big(total < 0 ? `-${text}` : text);
}

/** |a − b| ≤ tolerance, decimal-exact. */
export function nearlyEqual(a: number | Big, b: number | Big, tolerance: number | Big): boolean {
  return dec(a).minus(dec(b)).abs().lte(dec(tolerance));
}

export function minBig(a: Big, b: Big): Big {
  return a.lt(b) ? a : b;
}

export function maxBig(a: Big, b: Big): Big {
  return a.gt(b) ? a : b;
}
