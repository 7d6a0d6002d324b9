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

/** a / b as a Big, or null when b is zero. Division keeps 20 significant places (Big.DP). */
export function divide(a: number | Big, b: number | Big): Big | null {
  const divisor = dec(b);
  return divisor.eq(0) ? null : dec(a).div(divisor);
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
