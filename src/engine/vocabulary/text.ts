/** Cell text as the vocabulary compares it: NFKC-folded (full-width digits, ％, ＞＝, ，), no white space. */

/** NFKC folds full-width digits, ％, ＞＝, ＝, ﹦ (U+FE66), ， and ．; then separators and spaces go. */
export function normalizeText(text: string): string {
  // Fast path: printable ASCII and CJK ideographs only — nothing for NFKC or the space filter to change.
  if (SIMPLE_TEXT.test(text)) return text;
  return text.normalize('NFKC').replace(/\s+/g, '').trim();
}
const SIMPLE_TEXT = /^[!-~\u4e00-\u9fff]*$/;
