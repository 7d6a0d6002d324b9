/**
 * How an indicator's 指标值 / 实际完成值 appear in the 自评报告 (SPEC §7). The numbers themselves go through
 * ../format, as everywhere: money 2 decimals + the unit (285.64万元, 31.00万元); rates ×100 with 2 decimals + %
 * (0.940765… → 94.08%), percent-point values (unit '%') the same; scores rounded half-up to 2 decimals, trailing
 * zeros dropped (98.40 → 98.4, 19.00 → 19), as the seed prints; counts and other units the value as read
 * (rounded to 2 decimals, trailing zeros dropped) + unit (1193项).
 */
import { formatQuantity } from '../format';
import type { Indicator } from '../model';

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
