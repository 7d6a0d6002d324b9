/**
 * How numbers become text everywhere (finding messages, the 自评报告, the 评估结果 sheet, the task pane, the
 * CLI summary): decimal-exact via ./decimal, rounded half-up. Two shapes, the places being a parameter:
 * - fixed places (formatFixed, formatRate, formatPercentPoints, formatMoney): 31 → "31.00", 0.9408 → "94.08%";
 * - trimmed (formatNumber, formatScore): at most N places, trailing zeros dropped (98.40 → "98.4", 19 → "19").
 * A value that rounds to zero prints unsigned (-0.001 → "0", "0.00%").
 */
import Big from 'big.js';
import { dec, fixedProductText, trimmedProductText } from './decimal';
import type { MoneyUnit } from './model';
import { unitKind } from './vocabulary/units';

/** Rounded half-up to exactly `decimals` places (31 → "31.00"). */
export function formatFixed(value: number | Big, decimals = 2): string {
  // Plain numbers without a Big where decimal.ts can promise the same text (most figures of a report).
  const quick = typeof value === 'number' ? fixedProductText(value, 1, decimals) : null;
  return quick ?? dec(value).round(decimals, Big.roundHalfUp).toFixed(decimals);
}

/** Rounded half-up to at most `maxDecimals` places, without trailing zeros (8.6200 → "8.62", 9.0 → "9"). */
export function formatNumber(value: number | Big, maxDecimals = 4): string {
  const quick = typeof value === 'number' ? trimmedProductText(value, 1, maxDecimals) : null;
  return quick ?? dec(value).round(maxDecimals, Big.roundHalfUp).toString();
}

/** A score: at most 2 places, no trailing zeros (98.40 → "98.4", 19.00 → "19", 14.425 → "14.43"). */
export function formatScore(score: number | Big): string {
  return formatNumber(score, 2);
}

/**
 * A fraction as a percentage at `decimals` places (0.940765 → "94.08%"). The rules pass the places the
 * sheet states ("80%" → 0); everything else shows 2.
 */
export function formatRate(fraction: number | Big, decimals = 2): string {
  const quick = typeof fraction === 'number' ? fixedProductText(fraction, 100, decimals) : null;
  return `${quick ?? formatFixed(dec(fraction).times(100), decimals)}%`;
}

/** A value already in percentage points (94.08 with unit '%') → "94.08%". */
export function formatPercentPoints(points: number | Big, decimals = 2): string {
  return `${formatFixed(points, decimals)}%`;
}

/** Money at 2 places with its unit (285.64万元, 31.00万元). */
export function formatMoney(value: number | Big, unit: MoneyUnit | string | null): string {
  return `${formatFixed(value, 2)}${unit ?? ''}`;
}

/** A number with the unit it was read with: '%' as points, money as money, else trimmed to 2 places (1193项). */
export function formatQuantity(value: number, unit: string | null): string {
  if (unit === '%') return formatPercentPoints(value);
  if (unit && unitKind(unit) === 'money') return formatMoney(value, unit);
  return `${formatNumber(value, 2)}${unit ?? ''}`;
}
