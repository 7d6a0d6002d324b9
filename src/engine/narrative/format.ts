/**
 * How an indicator's 指标值 / 实际完成值 appear in the 自评报告: as typed. A typed value keeps the decimals and
 * the operator its cell shows (689.7%, 100%, =100%, ≥50个), with its unit; an operator is printed only when
 * the sheet writes one (an inferred ≥ is never invented). Computed figures (rates, sums) go through ../format
 * with 2 decimals, as everywhere.
 */
import { cleanName } from './facts';
import { formatFixed } from '../format';
import type { Indicator } from '../model';
import { memoByText } from '../memo';
import { readValue } from '../values';

/** Whether the reader could not read the row's 指标值 / 实际完成值 (an error value, an overflow). */
export function valueUnreadable(indicator: Indicator, field: 'target' | 'actual'): boolean {
  return indicator.unreadable?.includes(field) ?? false;
}

const RATE_NAME = /(率|满意度)$/;

/**
 * The unit a bare number stands in: the one read, else '%' for a name ending in 率/满意度 (a rate is written in
 * percent points: "覆盖率 100" means 100%). Null when nothing says.
 */
export function impliedUnit(indicator: Indicator, field: 'target' | 'actual'): string | null {
  const read = field === 'actual' ? (indicator.actualUnit ?? indicator.unit) : (indicator.unit ?? indicator.actualUnit);
  if (read) return read;
  return RATE_NAME.test(cleanName(indicator.name)) ? '%' : null;
}

/** How a typed value text reads; remembered per text (the report asks again for each value it prints). */
const typedReading = memoByText((text: string) => readValue(text, { role: 'target' }));

/** A number as its cell shows it: written operator, displayed decimals, unit. */
function asTyped(value: number, text: string, unit: string | null): string {
  const reading = text.trim() === '' ? readValue(value, { role: 'target' }) : typedReading(text);
  const operator = reading.operator ?? '';
  const decimals = reading.kind === 'number' && reading.number === value ? (reading.decimals ?? 0) : null;
  const number = decimals === null ? formatFixed(value, 2).replace(/\.?0+$/, '') : formatFixed(value, decimals);
  return `${operator}${number}${unit ?? ''}`;
}

/**
 * 实际完成值 as the report states it: the number as typed with its unit, or the text written in the cell;
 * null when empty or unreadable (an error value like #N/A is never printed as a result).
 */
export function formatActual(indicator: Indicator): string | null {
  return formatValueCell(indicator, 'actual');
}

/** 年度指标值 as typed (=100%, ≥16个, 100%); qualitative targets as written; null when empty or unreadable. */
export function formatTarget(indicator: Indicator): string | null {
  return formatValueCell(indicator, 'target');
}

const TYPED_TEXT = { target: 'targetText', actual: 'actualText' } as const;

function formatValueCell(indicator: Indicator, field: 'target' | 'actual'): string | null {
  if (valueUnreadable(indicator, field)) return null;
  const value = indicator[field];
  const typed = indicator[TYPED_TEXT[field]];
  if (typeof value === 'number') return asTyped(value, typed, impliedUnit(indicator, field));
  const text = (typeof value === 'string' ? value : typed).trim();
  return text === '' ? null : text;
}
