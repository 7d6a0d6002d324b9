/**
 * Header text as the role table matches it (issue 12). Copy-paste leaves zero-width characters, full-width
 * spaces and line breaks inside labels ("年度\n指标值", "分\u200b值"); forms add units, weights, numbering and
 * formulas ("全年预算数（万元）", "产出指标(50分)", "小计④=①+②+③"). All of that is read off here, once per text,
 * so that a role is matched on the bare words.
 */
import { memoByText } from '../memo';
import { SIMPLE_TEXT, normalizeText } from '../vocabulary/text';

export interface HeaderText {
  /** The bare words: NFKC, no spaces / zero-width / line breaks, no (…) groups, no ①… marks, no formula. */
  key: string;
  /** A unit written in a (…) group: 万元, 元, %, 分 ("指标权重（分）"). */
  unit: '万元' | '元' | '%' | '分' | null;
  /** A weight written in a (…) group: "产出指标(50分)" → 50. */
  weight: number | null;
  /** The circled number naming the column (①…⑳ → 1…20), as in "小计④=①+②+③" → 4. */
  mark: number | null;
  /** The formula the label states over circled numbers, ASCII operators: "4=1+2+3" → "1+2+3". */
  formula: string | null;
}

/** Zero-width characters and soft hyphens that copy-paste leaves inside labels. */
const INVISIBLE = /[\u200b-\u200f\u2028-\u202f\u205f-\u2064\ufeff\u00ad\u180e]/g;
const CIRCLED = /[\u2460-\u2473]/g;
const circledNumber = (ch: string): number => ch.charCodeAt(0) - 0x2460 + 1;

/** The vocabulary's text form (NFKC, no white space), without the invisible characters copy-paste leaves. */
export function squeezeHeader(text: string): string {
  return normalizeText(text.replace(INVISIBLE, '')).replace(INVISIBLE, '');
}

function readGroup(inner: string, out: HeaderText): void {
  const text = inner.replace(/^单位[:：]?/, '');
  const weight = /^(\d+(?:\.\d+)?)分?$/.exec(text);
  if (weight) out.weight = Number(weight[1]);
  else if (text === '万元' || text === '元' || text === '%' || text === '分') out.unit = text;
}

function parseHeaderText(raw: string): HeaderText {
  const out: HeaderText = { key: '', unit: null, weight: null, mark: null, formula: null };
  // Circled numbers first: NFKC would turn ④ into 4.
  let text = raw.replace(INVISIBLE, '');
  const stated = /([\u2460-\u2473])\s*[=＝](.*)$/s.exec(text);
  if (stated) {
    out.mark = circledNumber(stated[1]);
    out.formula = squeezeHeader(stated[2].replace(CIRCLED, (ch) => String(circledNumber(ch))))
      .replace(/[－—–−]/g, '-')
      .replace(/[×xX]/g, '*')
      .replace(/÷/g, '/');
    text = text.slice(0, stated.index);
  }
  text = text.replace(CIRCLED, (ch) => {
    out.mark ??= circledNumber(ch);
    return '';
  });
  let key = squeezeHeader(text);
  key = key.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    readGroup(inner, out);
    return '';
  });
  out.key = key.replace(/[:：*]/g, '');
  return out;
}

/** The parts of a header text (remembered per text: the same labels recur on every sheet). */
export const headerText: (text: string) => HeaderText = memoByText(parseHeaderText);

/** Characters parseHeaderText takes off a text that NFKC leaves alone: (…) groups, colons, asterisks. */
const GROUP_OR_MARK = /[():*]/;

/**
 * headerText(text).key. A text with nothing to take off (no white space, invisible or full-width characters,
 * no circled number, no (…), colon or asterisk) is its own key: cell values (names, targets) are asked this
 * on every row and need no parse, nor a place in the memo.
 */
export function headerKey(text: string): string {
  return SIMPLE_TEXT.test(text) && !GROUP_OR_MARK.test(text) ? text : headerText(text).key;
}
