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
  if (typeof value === 'number') return roundedProduct(value, 1, decimals);
  return Number(dec(value).round(decimals, Big.roundHalfUp).toFixed(decimals));
}

/*
 * Exact arithmetic without big.js, for the usual figures (a few decimals, well inside the safe-integer range).
 *
 * Why it is exact: when k = Math.round(v × 10^p) has |k| < 10^15 and k / 10^p === v, v is the double nearest
 * the decimal k / 10^p (that division is correctly rounded, both operands being exact), and the shortest
 * text of v — what dec(v) reads — is that decimal: two different decimals of at most 15 significant digits
 * never map to the same double. So v is exactly the integer k scaled by 10^p, integer arithmetic on such k
 * (kept below 2^53) is exact, and q / 10^d is the double nearest the decimal result, as Number(big) is.
 * Anything else (more digits, exponents, huge values) takes the big.js route.
 */

/** 10^0 … 10^22: every one an exact double. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** A scaled integer must stay below this for the lemma above. */
const EXACT_DIGITS_LIMIT = 1e15;
/** Decimal places looked at before giving the value to big.js. */
const MAX_PLACES = 20;

/** p such that value is exactly k / 10^p with |k| < 10^15 (the lemma above); −1 when there is none. */
export function exactPlaces(value: number): number {
  for (let places = 0; places <= MAX_PLACES; places++) {
    const scaled = Math.round(value * POW10[places]);
    if (!(Math.abs(scaled) < EXACT_DIGITS_LIMIT)) return -1;
    if (scaled / POW10[places] === value) return places;
  }
  return -1;
}

/** The integer k of value = k / 10^places (places from exactPlaces); −0 reads as 0, as dec(−0) does. */
function scaledDigits(value: number, places: number): number {
  return Math.round(value * POW10[places]) + 0;
}

export type RoundingMode = 'halfUp' | 'up' | 'down';

/** The integer k / 10^shift rounded by `mode` (half-up and up away from zero, down toward zero), exactly. */
function roundScaled(digits: number, shift: number, mode: RoundingMode): number {
  if (shift === 0) return digits;
  const unit = POW10[shift];
  const rest = digits % unit; // exact for safe integers; takes the sign of digits
  const truncated = (digits - rest) / unit;
  if (rest === 0 || mode === 'down') return truncated;
  const away = mode === 'up' || 2 * Math.abs(rest) >= unit;
  return away ? truncated + Math.sign(digits) : truncated;
}

/**
 * Number(dec(value).round(decimals, mode).toFixed(decimals)) without big.js (a zero result is +0, as toFixed
 * prints it unsigned); null when value is outside the exact range.
 */
export function roundExact(value: number, decimals: number, mode: RoundingMode): number | null {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_PLACES) return null;
  const places = exactPlaces(value);
  if (places < 0) return null;
  if (places <= decimals) return value === 0 ? 0 : value;
  const rounded = roundScaled(scaledDigits(value, places), places - decimals, mode);
  return rounded === 0 ? 0 : rounded / POW10[decimals];
}

/** Number(dec(value).round(decimals, mode)) for a value ≥ 0 (whose rounding is never a signed zero). */
export function roundNonNegative(value: number, decimals: number, mode: RoundingMode): number {
  const quick = value >= 0 ? roundExact(value, decimals, mode) : null;
  if (quick !== null) return quick;
  const bigMode = mode === 'halfUp' ? Big.roundHalfUp : mode === 'up' ? Big.roundUp : Big.roundDown;
  return Number(dec(value).round(decimals, bigMode));
}

/** dec(a).minus(dec(b)).lte(dec(limit)): a − b ≤ limit, decimal-exact. */
export function differenceAtMost(a: number, b: number, limit: number): boolean {
  // An exact difference and the limit order as their decimal texts do.
  const quick = exactDifference(a, b);
  return quick !== null ? quick <= limit : dec(a).minus(dec(b)).lte(dec(limit));
}

/** Number(dec(a).minus(dec(b))): the exact difference as the nearest double. */
export function difference(a: number, b: number): number {
  return exactDifference(a, b) ?? Number(dec(a).minus(dec(b)));
}

/** Number(dec(a).times(dec(b))): the exact product as the nearest double. */
export function product(a: number, b: number): number {
  return exactProduct(a, b) ?? Number(dec(a).times(dec(b)));
}

/*
 * exactSum, exactDifference, exactProduct: the result as a number whose shortest text is the exact decimal
 * result (digits below 10^15 again, see exactPlaces), so it can be compared and computed with further as
 * exactly as the Big it stands for; null when that cannot be promised (then use big.js).
 */

/** Σ values, exactly (see above); null outside the exact range. */
export function exactSum(values: readonly number[]): number | null {
  const scaled = scaledSum(values);
  return scaled === null ? null : exactNumber(scaled.digits, scaled.places);
}

/** a − b, exactly (see above); null outside the exact range. */
export function exactDifference(a: number, b: number): number | null {
  const placesA = exactPlaces(a);
  const placesB = exactPlaces(b);
  if (placesA < 0 || placesB < 0) return null;
  const scale = Math.max(placesA, placesB);
  return exactNumber(atScale(a, placesA, scale) - atScale(b, placesB, scale), scale);
}

/** a × b, exactly (see above); null outside the exact range. */
export function exactProduct(a: number, b: number): number | null {
  const placesA = exactPlaces(a);
  const placesB = exactPlaces(b);
  if (placesA < 0 || placesB < 0) return null;
  return exactNumber(scaledDigits(a, placesA) * scaledDigits(b, placesB), placesA + placesB);
}

/** digits / 10^places when digits is an integer below 10^15 (NaN is not); a zero keeps its sign (big.js does). */
function exactNumber(digits: number, places: number): number | null {
  return Math.abs(digits) < EXACT_DIGITS_LIMIT && Number.isInteger(digits) && places <= 22
    ? digits / POW10[places]
    : null;
}

/** roundHalfUp(dec(a).times(dec(b)), decimals): the exact product, rounded half-up. */
export function roundedProduct(a: number, b: number, decimals = 2): number {
  const rounded = roundedProductDigits(a, b, decimals);
  if (rounded !== null) return rounded === 0 ? 0 : rounded / POW10[decimals];
  return roundHalfUp(dec(a).times(dec(b)), decimals);
}

/** The integer R = round-half-up(a × b × 10^decimals), exactly, in the safe range; null where big.js must say. */
function roundedProductDigits(a: number, b: number, decimals: number): number | null {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_PLACES) return null;
  return roundedClearOfTie(a, b, decimals) ?? roundedScaledProduct(a, b, decimals);
}

/**
 * dec(a).times(dec(b)).round(decimals, half-up).toFixed(decimals) — "31.00", "94.08" — without big.js; null
 * where big.js must say. A result of zero prints unsigned, as big.js prints it.
 */
export function fixedProductText(a: number, b: number, decimals: number): string | null {
  const rounded = roundedProductDigits(a, b, decimals);
  if (rounded === null) return null;
  const text = decimals === 2 ? centsText(Math.abs(rounded)) : placesText(Math.abs(rounded), decimals);
  return rounded < 0 ? `-${text}` : text;
}

/** A safe integer of hundredths as "w.ff": 2 places is what nearly every amount, rate and score shows. */
function centsText(cents: number): string {
  // Exact: cents < 2^53, so cents / 100 lies within 0.008 of the true quotient and floors to the whole part.
  const whole = Math.floor(cents / 100);
  const fraction = cents - whole * 100;
  return `${whole}${fraction < 10 ? '.0' : '.'}${fraction}`;
}

/** A safe integer of units of 10^-decimals as text with that many places. */
function placesText(digitsValue: number, decimals: number): string {
  const digits = String(digitsValue).padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/**
 * The same rounded to at most `decimals` places and printed without trailing zeros, as Big's toString prints it
 * ("8.62", "9"); null where big.js must say (its toString turns exponential from 1e-7, so at most 6 places here).
 */
export function trimmedProductText(a: number, b: number, decimals: number): string | null {
  if (decimals > 6) return null;
  if (decimals === 2) {
    // Scores and most figures: trimmed straight from the hundredths, without the fixed text and a regex pass.
    const rounded = roundedProductDigits(a, b, 2);
    if (rounded === null) return null;
    const text = trimmedCentsText(Math.abs(rounded));
    return rounded < 0 ? `-${text}` : text;
  }
  const fixed = fixedProductText(a, b, decimals);
  if (fixed === null || decimals === 0) return fixed;
  return fixed.replace(/\.?0+$/, '');
}

/** centsText without trailing zeros: "8.6", "9", "8.62" (as "8.60" / "9.00" / "8.62" trimmed). */
function trimmedCentsText(cents: number): string {
  const whole = Math.floor(cents / 100); // exact: see centsText
  const fraction = cents - whole * 100;
  if (fraction === 0) return `${whole}`;
  if (fraction % 10 === 0) return `${whole}.${fraction / 10}`;
  return `${whole}${fraction < 10 ? '.0' : '.'}${fraction}`;
}

/** Below this a double is subnormal, and its text may differ from it by more than a relative rounding error. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** Zero or a normal double: its decimal text lies within a relative 2^-53 of it. */
function isNormal(value: number): boolean {
  return value === 0 || Math.abs(value) >= SMALLEST_NORMAL;
}

/**
 * round-half-up(a × b × 10^decimals) decided on doubles, for the many-digit figures (quotients, rates) that
 * have no exact scaled form. The decimal texts of a and b lie within a relative 2^-53 of them and the two
 * products add a rounding each, so the double y lies within a relative 5e-16 of the exact decimal product;
 * when y is clearly clear of a tie (a relative 1e-9, as atLeastTimes allows) both round to the same integer.
 * null near a tie, or where the bound does not hold (subnormal or huge values): the exact routes decide.
 */
function roundedClearOfTie(a: number, b: number, decimals: number): number | null {
  if (!isNormal(a) || !isNormal(b)) return null;
  const y = a * b * POW10[decimals];
  const magnitude = Math.abs(y);
  if (!(magnitude < EXACT_DIGITS_LIMIT)) return null; // NaN and ∞ too; below it the fraction is exact
  const whole = Math.floor(magnitude);
  const fraction = magnitude - whole;
  if (Math.abs(fraction - 0.5) <= 1e-9 * Math.max(magnitude, 1)) return null;
  const rounded = fraction > 0.5 ? whole + 1 : whole;
  return y < 0 ? -rounded : rounded;
}

/** round-half-up(a × b × 10^decimals) on the scaled integers of a and b; null outside the exact range. */
function roundedScaledProduct(a: number, b: number, decimals: number): number | null {
  const placesA = exactPlaces(a);
  const placesB = exactPlaces(b);
  if (placesA < 0 || placesB < 0) return null;
  const digits = scaledDigits(a, placesA) * scaledDigits(b, placesB);
  const places = placesA + placesB;
  if (!Number.isSafeInteger(digits) || places > 22) return null;
  if (places > decimals) return roundScaled(digits, places - decimals, 'halfUp');
  const widened = digits * POW10[decimals - places];
  return Number.isSafeInteger(widened) ? widened : null;
}

/** a / b as a Big, or null when b is zero. Division keeps 20 decimal places (Big.DP), rounded half-up (Big.RM). */
export function divide(a: number | Big, b: number | Big): Big | null {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return null;
    const quick = scaledQuotient(a, b);
    if (quick !== null && quick !== 0n) return new Big(scaledText(quick));
  }
  const divisor = dec(b);
  return divisor.eq(0) ? null : dec(a).div(divisor);
}

/** Number(divide(a, b)) without a Big; null when b is zero. */
export function quotient(a: number, b: number): number | null {
  if (b === 0) return null;
  const quick = scaledQuotient(a, b);
  if (quick !== null && quick !== 0n) return Number(scaledText(quick));
  const exact = divide(a, b);
  return exact === null ? null : Number(exact);
}

/**
 * roundHalfUp(min(max(divide(numerator, denominator), 0), 1) × weight): a weight's share by a ratio held to
 * [0, 1], the ratio kept to Big.DP places first exactly as divide does. Null when the denominator is zero.
 */
export function cappedShare(numerator: number, denominator: number, weight: number): number | null {
  if (denominator === 0) return null;
  if (numerator >= 0 && numerator <= denominator && weight >= 0 && weight < 1e6 && isNormal(denominator)) {
    // The double ratio is within three roundings of the decimal one, and keeping it to 20 places moves the
    // share (in cents) by at most 5e-19 × w < 1e-12, far inside roundedClearOfTie's margin of 1e-9: the same
    // share unless near a tie.
    const quick = isNormal(numerator) ? roundedClearOfTie(numerator / denominator, weight, 2) : null;
    if (quick !== null) return quick === 0 ? 0 : quick / 100;
  }
  const ratio = scaledQuotient(numerator, denominator);
  const weightPlaces = exactPlaces(weight);
  if (ratio !== null && weightPlaces >= 0) {
    const capped = ratio < 0n ? 0n : ratio > QUOTIENT_ONE ? QUOTIENT_ONE : ratio;
    // capped / 10^DP × k / 10^p, rounded half-up to 2 places: an integer division by 10^(DP + p − 2).
    const unit = 10n ** BigInt(Big.DP + weightPlaces - 2);
    const magnitude = capped * BigInt(Math.abs(scaledDigits(weight, weightPlaces)));
    const rounded = Number((2n * magnitude + unit) / (2n * unit));
    if (Number.isSafeInteger(rounded)) return rounded === 0 ? 0 : (weight < 0 ? -rounded : rounded) / 100;
  }
  const exact = divide(numerator, denominator);
  return exact === null ? null : roundHalfUp(minBig(maxBig(exact, new Big(0)), new Big(1)).times(dec(weight)));
}

/** 1 at Big.DP places. */
const QUOTIENT_ONE = 10n ** 20n;

/**
 * Big's a.div(b) for plain numbers as an integer scaled by 10^Big.DP, in native BigInt arithmetic (Big's
 * digit-by-digit long division is the engine's costliest library call): the same quotient, rounded half-up
 * at Big.DP places. null where big.js must decide (values outside the exact range, another DP or RM).
 */
function scaledQuotient(a: number, b: number): bigint | null {
  if (Big.DP !== 20 || Big.RM !== Big.roundHalfUp) return null;
  const placesA = exactPlaces(a);
  const placesB = exactPlaces(b);
  if (placesA < 0 || placesB < 0) return null;
  const digitsA = scaledDigits(a, placesA);
  const digitsB = scaledDigits(b, placesB);
  if (digitsB === 0) return null;
  // a / b = (A / B) × 10^(placesB − placesA); kept to 20 places: round(A × 10^(20 + placesB − placesA) / B).
  const numerator = BigInt(Math.abs(digitsA)) * 10n ** BigInt(Big.DP + placesB - placesA);
  const denominator = BigInt(Math.abs(digitsB));
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  return digitsA < 0 !== digitsB < 0 ? -rounded : rounded;
}

/** The decimal text of a quotient scaled by 10^Big.DP ("-12345e-20"): Number and Big read it alike. */
function scaledText(scaled: bigint): string {
  return `${scaled}e-${Big.DP}`;
}

export function sum(values: ReadonlyArray<number | Big>): Big {
  return exactIntegerSum(values) ?? values.reduce<Big>((total, value) => total.plus(dec(value)), new Big(0));
}

/**
 * The same exact sum without a Big per term, for the usual case (plain numbers in the exact range, see
 * exactPlaces): the terms as integers at one scale, added while every partial sum stays a safe integer (so
 * exactly), then read back as one Big. null when any term is a Big or out of that range.
 */
function exactIntegerSum(values: ReadonlyArray<number | Big>): Big | null {
  const scaled = scaledSum(values);
  return scaled === null ? null : new Big(`${scaled.digits}e-${scaled.places}`);
}

/** Σ values as digits / 10^places with safe-integer digits; null outside the exact range. One pass. */
function scaledSum(values: ReadonlyArray<number | Big>): { digits: number; places: number } | null {
  let digits = 0;
  let places = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]; // indexed: no iterator result per value in the interpreter (cold runs)
    if (typeof value !== 'number') return null;
    const valuePlaces = exactPlaces(value);
    if (valuePlaces < 0) return null;
    if (valuePlaces > places) {
      digits *= POW10[valuePlaces - places]; // the sum so far at the finer scale: exact while safe
      places = valuePlaces;
      if (!Number.isSafeInteger(digits)) return null;
    }
    digits += atScale(value, valuePlaces, places);
    if (!Number.isSafeInteger(digits)) return null; // NaN from atScale fails here too
  }
  return { digits, places };
}

/** value (exactly k / 10^places) as an integer at a larger scale; NaN when that leaves the safe range. */
function atScale(value: number, places: number, scale: number): number {
  const digits = scaledDigits(value, places) * POW10[scale - places]; // exact while it is a safe integer
  return Number.isSafeInteger(digits) ? digits : NaN;
}

/** |a − b| ≤ tolerance, decimal-exact. */
export function nearlyEqual(a: number | Big, b: number | Big, tolerance: number | Big): boolean {
  if (typeof a === 'number' && typeof b === 'number' && typeof tolerance === 'number') {
    const placesA = exactPlaces(a);
    const placesB = exactPlaces(b);
    const placesT = exactPlaces(tolerance);
    if (placesA >= 0 && placesB >= 0 && placesT >= 0) {
      const scale = Math.max(placesA, placesB, placesT);
      const gap = Math.abs(atScale(a, placesA, scale) - atScale(b, placesB, scale));
      const allowed = atScale(tolerance, placesT, scale);
      // Out of the safe range (NaN included): big.js decides.
      if (Number.isSafeInteger(gap) && Number.isSafeInteger(allowed)) return gap <= allowed;
    }
  }
  return dec(a).minus(dec(b)).abs().lte(dec(tolerance));
}

export function minBig(a: Big, b: Big): Big {
  return a.lt(b) ? a : b;
}

export function maxBig(a: Big, b: Big): Big {
  return a.gt(b) ? a : b;
}
