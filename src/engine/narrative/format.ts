/**
 * How numbers appear in the 自评报告 (SPEC §7), decimal-exact via ../decimal:
 * - money: 2 decimals + the unit (285.64万元, 31.00万元);
 * - rates: fractions ×100 with 2 decimals + % (0.940765… → 94.08%); percent-point values (unit '%') the same;
 * - scores: rounded half-up to 2 decimals, trailing zeros dropped (98.40 → 98.4, 19.00 → 19), as the seed prints;
 * - counts and other units: the value as read (rounded to 2 decimals, trailing zeros dropped) + unit (1193项).
 */
import Big from 'big.js';
import { dec } from '../decimal';
import type { Indicator, MoneyUnit } from '../model';

const MONEY_UNITS: readonly string[] = ['万元', '元'];

function fixed2(value: number): string {
  return dec(value).round(2, Big.roundHalfUp).toFixed(2);
}

function trimmed(value: number): string {
  return dec(value).round(2, Big.roundHalfUp).toString();
}

export function formatMoney(value: number, unit: MoneyUnit | string | null): string {
  return `${fixed2(value)}${unit ?? ''}`;
}

/** A fraction (0.9408) as a percentage (94.08%). */
export function formatRate(fraction: number): string {
  return `${dec(fraction).times(100).round(2, Big.roundHalfUp).toFixed(2)}%`;
}

/** A value already in percentage points (94.08 with unit '%'). */
export function formatPercentPoints(points: number): string {
  return `${fixed2(points)}%`;
}

export function formatScore(score: number): string {
  return trimmed(score);
}

/** A number with the unit it was read with. */
export function formatQuantity(value: number, unit: string | null): string {
  if (unit === '%') return formatPercentPoints(value);
  if (unit && MONEY_UNITS.includes(unit)) return formatMoney(value, unit);
  return `${trimmed(value)}${unit ?? ''}`;
}

/** Whether the reader could not read the row's 指标值 / 实际完成值 (an error value, an overflow). */
export function valueUnreadable(indicator: Indicator, field: 'target' | 'actual'): boolean {
  return indicator.unreadable?.includes(field) ?? false;
}

/**
 * 实际完成值 as the report states it: a number with its unit, or the text written in the cell; null when
 * empty or unreadable (an error value like #N/A is never printed as a result).
 */
export function formatActual(indicator: Indicator): string | null {
  if (valueUnreadable(indicator, 'actual')) return null;
  if (typeof indicator.actual === 'number') {
    // An actual written with an operator ("≥100%") keeps it: the sheet states a bound, not a value.
    const written = /^\s*(≥|≤|>=|<=|≧|≦|＞＝|＜＝)/.exec(indicator.actualText)?.[1];
    const operator = written === undefined ? '' : /[≥>≧＞]/.test(written) ? '≥' : '≤';
    return operator + formatQuantity(indicator.actual, indicator.actualUnit ?? indicator.unit);
  }
  const text = (typeof indicator.actual === 'string' ? indicator.actual : indicator.actualText).trim();
  return text === '' ? null : text;
}

/** 年度指标值 with its operator (≥90.00%, ≤90.00万元, 16个); qualitative targets as written; null when unreadable. */
export function formatTarget(indicator: Indicator): string | null {
  if (valueUnreadable(indicator, 'target')) return null;
  if (typeof indicator.target === 'number') {
    const operator = indicator.direction && indicator.direction !== '定性' ? indicator.direction : '';
    return `${operator}${formatQuantity(indicator.target, indicator.unit)}`;
  }
  const text = (typeof indicator.target === 'string' ? indicator.target : indicator.targetText).trim();
  return text === '' ? null : text;
}
