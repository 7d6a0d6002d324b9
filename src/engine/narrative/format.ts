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
import { readValue, type ValueReading } from '../values';

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

/** What asTyped needs of a typed text: its written operator, and its number as shown when it reads as one. */
interface TypedShape {
  operator: string;
  /** The number the text reads as; null when it reads as no number. */
  number: number | null;
  /** operator + that number at the decimals the cell shows ("≥90", "689.7"); null with `number`. */
  shown: string | null;
}

function typedShape(reading: ValueReading): TypedShape {
  const operator = reading.operator ?? '';
  if (reading.kind !== 'number' || reading.number === null) return { operator, number: null, shown: null };
  return { operator, number: reading.number, shown: operator + formatFixed(reading.number, reading.decimals ?? 0) };
}

/**
 * The shape of a typed value text, remembered per text: the report prints each value once or twice, and the
 * same texts (≥90%, 100%) stand in many rows; the number is formatted once per text, not per print.
 */
const typedShapeOf = memoByText((text: string) => typedShape(readValue(text, { role: 'target' })));

/** A number as its cell shows it: written operator, displayed decimals, unit. */
function asTyped(value: number, text: string, unit: string | null): string {
  const shape = text.trim() === '' ? typedShape(readValue(value, { role: 'target' })) : typedShapeOf(text);
  // A value that is not the one typed (the text reads otherwise) is shown at up to 2 places.
  const shown =
    shape.number === value ? (shape.shown as string) : shape.operator + formatFixed(value, 2).replace(/\.?0+$/, '');
  return unit ? shown + unit : shown;
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
  // The reader sets `unreadable` only on a row with such a cell: most rows need no look at it.
  if (indicator.unreadable !== undefined && valueUnreadable(indicator, field)) return null;
  const value = indicator[field];
  const typed = indicator[TYPED_TEXT[field]];
  if (typeof value === 'number') return asTyped(value, typed, impliedUnit(indicator, field));
  const text = (typeof value === 'string' ? value : typed).trim();
  return text === '' ? null : text;
}
