/** Cell text as the vocabulary compares it: NFKC-folded (full-width digits, ％, ＞＝, ，), no white space. */
import { memoByText } from '../memo';

/** NFKC folds full-width digits, ％, ＞＝, ＝, ﹦ (U+FE66), ， and ．; then separators and spaces go. */
export function normalizeText(text: string): string {
  // Fast path: printable ASCII, CJK ideographs and the marks NFKC keeps as they are (≤ ≥ 、 。, common in
  // targets and sentences) — nothing for NFKC or the space filter to change.
  if (SIMPLE_TEXT.test(text)) return text;
  return foldedText(text);
}
const WHITE_SPACE = /\s+/g;

/**
 * The folding itself, remembered per text: the texts that need it (full-width brackets and colons in labels,
 * sentences with ，) recur on every sheet of a workbook, and NFKC plus a replace cost more than a lookup.
 */
const foldedText = memoByText((text: string) => text.normalize('NFKC').replace(WHITE_SPACE, '').trim());

/** Characters NFKC leaves alone and that are no white space (test/engine/vocabulary/text.test.ts checks it). */
export const SIMPLE_TEXT = /^[!-~\u4e00-\u9fff\u2264\u2265\u3001\u3002]*$/;
