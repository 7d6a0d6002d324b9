/**
 * Placeholders: what people type to leave a cell "empty" (—, /, 无, ……, N/A), and template names left in
 * (指标1). One list for the reader, the rules and the narrative. A placeholder `0` counts only where an
 * explanation belongs (a reason column), and 无偏差 only there too.
 */
import { memoByText } from '../memo';
import type { CellValue } from '../snapshot';
import { normalizeText } from './text';

/** What a cell is read as: the role decides which extra placeholders apply. */
export type PlaceholderRole = 'target' | 'actual' | 'reason' | 'name' | 'money' | 'text';

const PLACEHOLDER_TEXTS = new Set(['', '无', '暂无', 'N/A', 'NA']);
/** Upper-casing never shortens a text: a longer one is no placeholder word, and is not upper-cased (a copy). */
const LONGEST_PLACEHOLDER_TEXT = Math.max(...[...PLACEHOLDER_TEXTS].map((text) => text.length));
/** Only punctuation: —, ——, -, /, \, …, ……, ..., 。, ·, －, ／ (NFKC folds the full-width ones). */
const PUNCTUATION_ONLY = /^[-—–_.…。·/\\]+$/;
const REASON_ONLY = /^(0+(\.0+)?|无偏差|无偏差原因)$/;
/** The customary "nothing to explain" marks: a reason left this way is fine. */
const NOTHING_MARK = /^(无|暂无|无偏差|无偏差原因|N\/?A|[-—–_/\\]+)$/i;
const TEMPLATE_NAME = /^指标[\d一二三四五六七八九十]*$/;

/** isPlaceholder for text already normalised (normalizeText). */
export function isPlaceholderText(text: string, role: PlaceholderRole = 'target'): boolean {
  if (text.length <= LONGEST_PLACEHOLDER_TEXT && PLACEHOLDER_TEXTS.has(text.toUpperCase())) return true;
  if (PUNCTUATION_ONLY.test(text)) return true;
  if (role === 'reason' && REASON_ONLY.test(text)) return true;
  if (role === 'name' && TEMPLATE_NAME.test(text)) return true;
  return false;
}

/** True for ``, `—`, `/`, `无`, `……`, rows named `指标1`; `0` too in a reason column. */
export function isPlaceholder(value: CellValue | undefined, role: PlaceholderRole = 'target'): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return role === 'reason' && value === 0;
  if (typeof value === 'boolean') return false;
  return isPlaceholderText(normalizeText(value), role);
}

/**
 * isPlaceholder(name, 'name') remembered by text: the rules and the narrative ask it of every indicator's name,
 * and the same names recur on every sheet of a workbook.
 */
export const isPlaceholderName: (name: string) => boolean = memoByText((name) =>
  isPlaceholderText(normalizeText(name), 'name'),
);

/** isPlaceholder for any text in the default role (qualitative wording, free-text blocks). */
export function isPlaceholderValue(text: string): boolean {
  return isPlaceholderText(normalizeText(text));
}

/** Whether a row carries an explanation (偏差原因 / 扣分原因 / 未完成原因). */
export function hasReason(reason: string | null | undefined): boolean {
  // Most rows have none: an empty reason needs no normalising.
  if (reason === '' || reason === null || reason === undefined) return false;
  return !isPlaceholder(reason, 'reason');
}

/**
 * A placeholder typed where an explanation belongs that is not one of the customary "nothing to explain"
 * marks (无, /, —, 无偏差): `0`, `……`, `指标1` — text that looks filled in but says nothing.
 */
export function isOddReasonPlaceholder(text: string): boolean {
  const normalized = normalizeText(text);
  if (normalized === '' || NOTHING_MARK.test(normalized)) return false;
  return isPlaceholderText(normalized, 'reason') || isPlaceholderText(normalized, 'name');
}
