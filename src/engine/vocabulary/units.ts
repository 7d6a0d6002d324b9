/**
 * Units (SPEC §3): money (元 / 千元 / 万元 / 亿元, converted exactly), percent (carried in points with unit
 * '%'), and counts and everything else (个, 项, 次 …: comparable only when equal — 个 is not 项).
 */
import Big from 'big.js';
import type { CellValue } from '../snapshot';
import { memoByText } from '../memo';
import { isPlaceholder } from './placeholders';
import { normalizeText } from './text';

/** Money units and their size in 元. */
export const MONEY_UNITS: Readonly<Record<string, number>> = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 };

export type UnitKind = 'money' | 'percent' | 'count';

/** What a normalised unit measures: money, percent, or anything counted (个, 项, 人次, 天 …). */
export function unitKind(unit: string): UnitKind {
  if (unit in MONEY_UNITS) return 'money';
  return unit === '%' ? 'percent' : 'count';
}

/** '％' '百分比' '百分率' → '%'; '万' → '万元'; others trimmed as written; '' → null. */
export function normalizeUnit(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || typeof value !== 'string') return null;
  return unitOfText(value);
}

const unitOfText = memoByText((value): string | null => {
  let text = normalizeText(value).replace(/^[（(](.*)[)）]$/, '$1');
  if (text === '' || isPlaceholder(text)) return null;
  if (text === '%' || text === '百分比' || text === '百分率' || text === '百分点') return '%';
  if (text === '万') text = '万元';
  if (text === '千') text = '千元';
  if (text === '亿') text = '亿元';
  if (text === '人民币元') text = '元';
  return text;
});

export interface UnitComparison {
  /** same: equal units; convertible: exact factor (万元 ↔ 元); implied: one side states no unit. */
  status: 'same' | 'convertible' | 'implied' | 'mismatch';
  /** Multiply a value in `from` by this to express it in `to` (1 unless convertible). */
  factor: number;
}

// The answers without a factor, shared (frozen): scoring and the rules ask once per row.
const SAME: Readonly<UnitComparison> = Object.freeze({ status: 'same', factor: 1 });
const IMPLIED: Readonly<UnitComparison> = Object.freeze({ status: 'implied', factor: 1 });
const MISMATCH: Readonly<UnitComparison> = Object.freeze({ status: 'mismatch', factor: 1 });

/** Can a value in unit `from` be compared with one in unit `to`? Never guesses: 个 ≠ 项. */
export function compareUnits(from: string | null, to: string | null): Readonly<UnitComparison> {
  // The same text on both sides (a row's 指标值 and 实际完成值 units, nearly always): no lookups.
  if (from === to) return SAME;
  const a = from === null ? null : normalizeUnit(from);
  const b = to === null ? null : normalizeUnit(to);
  if (a === null || b === null) return a === b ? SAME : IMPLIED;
  if (a === b) return SAME;
  if (unitKind(a) === 'money' && unitKind(b) === 'money') {
    return { status: 'convertible', factor: new Big(MONEY_UNITS[a]).div(MONEY_UNITS[b]).toNumber() };
  }
  return MISMATCH;
}

/** Units agree when equal, when either side states none, or when both are money (万元↔元). */
export function unitsCompatible(from: string | null, to: string | null): boolean {
  return compareUnits(from, to).status !== 'mismatch';
}

/** `value` in unit `from` expressed in unit `to`, decimal-exact; null when the units do not convert. */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  const comparison = compareUnits(from, to);
  if (comparison.status === 'mismatch') return null;
  if (comparison.status !== 'convertible') return value;
  const a = MONEY_UNITS[normalizeUnit(from) as string];
  const b = MONEY_UNITS[normalizeUnit(to) as string];
  return new Big(String(value)).times(a).div(b).toNumber();
}

/** Money unit stated in a header or title: `项目资金(万元)`, `（单位：元）`, `金额单位：万元`. */
export function moneyUnitIn(text: CellValue): '万元' | '元' | null {
  if (typeof text !== 'string') return null;
  const match = /(?:单位[:：]?|[(（])\s*(万元|元)\s*[)）]?/.exec(normalizeText(text));
  return match ? (match[1] as '万元' | '元') : null;
}
