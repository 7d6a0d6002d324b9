/** Cell text as the vocabulary compares it: NFKC-folded (full-width digits, ％, ＞＝, ，), no white space. */

/** NFKC folds full-width digits, ％, ＞＝, ＝, ﹦ (U+FE66), ， and ．; then separators and spaces go. */
export function normalizeText(text: string): string {
  // Fast path: printable ASCII, CJK ideographs and the marks NFKC keeps as they are (≤ ≥ 、 。, common in
  // targets and sentences) — nothing for NFKC or the space filter to change.
  if (SIMPLE_TEXT.test(text)) return text;
  return text.normalize('NFKC').replace(WHITE_SPACE, '').trim();
}
const WHITE_SPACE = /\s+/g;

/** Characters NFKC leaves alone and that are no white space (test/engine/vocabulary/text.test.ts checks it). */
export const SIMPLE_TEXT = /^[!-~\u4e00-\u9fff\u2264\u2265\u3001\u3002]*$/;
