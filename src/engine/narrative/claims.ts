/**
 * Claims in text the user wrote that the tables can contradict, and reasons that say nothing. The report
 * copies 实际完成情况 and 偏差原因 from the sheet; before it does, these tests decide whether a sentence needs a
 * 【待核实】 marker: "各项指标均达到预定状态" while indicators missed, "预算完成率未达到100%" as the whole reason.
 */

/** Sentences (with their closing punctuation) of a text. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。；;！!？?]+[。；;！!？?]*/g) ?? [];
}

const ALL_MET_PATTERNS: readonly RegExp[] = [
  // 各项指标均达到预定状态, 全部指标都已完成, 所有工作均已完成
  /(各项|全部|所有|一切|全年)[^。；，,]{0,16}(均|都|全部|全|已经|已)(已|已经)?(按期|按时|如期|顺利|圆满|全面)?(达到|完成|实现|达成|达标)/,
  // 均已达到年度指标值, 全面完成
  /(均|都|全部|全面|圆满)(已|已经)?(按期|按时|如期|顺利|圆满)?(达到|完成|实现|达成|达标)/,
  // 已完成各项年度指标值, 达到全部预期指标
  /(达到|完成|实现|达成)了?(全部|各项|所有|全年)/,
];
const NEGATED = /(未|没有|没能|不能|尚未|未能|不|难以)(能)?(全部|完全|全面)?(达到|完成|实现|达成|达标)/;

/** Whether a sentence claims every target or task was met ("各项指标均达到预定状态"). */
export function claimsAllMet(sentence: string): boolean {
  if (NEGATED.test(sentence)) return false;
  return ALL_MET_PATTERNS.some((pattern) => pattern.test(sentence));
}

/** Words a reason uses to say only that the target was missed. */
const MISS_WORDS =
  /未达到|未完成|未达成|没有达到|没有完成|达不到|未达|低于|高于|超过|不足|偏低|偏高|年度|预期|预定|指标值|目标值|目标|指标|的|为|仅|只|了|有|值|实际|完成值|完成率|完成/g;

/**
 * Whether a reason only restates the miss: once the indicator's name, numbers, operators and the words that
 * say "not reached" are taken out, nothing is left ("预算完成率未达到100%", "重点支出安排率未达到90%").
 */
export function restatesMiss(reason: string, indicatorName: string): boolean {
  let rest = reason.replace(/\s+/g, '');
  const name = indicatorName.replace(/\s+/g, '');
  if (name) rest = rest.split(name).join('');
  rest = rest.replace(/[≥≤=＝﹦><＞＜]|[-+]?\d+(\.\d+)?\s*(%|％|个|项|次|人|万元|元)?/g, '').replace(MISS_WORDS, '');
  // Two letters left (CJK ideographs and Latin letters are neither punctuation, symbol nor space) already say
  // something: most reasons end here, without the costly Unicode-property pass.
  if (TWO_LETTERS.test(rest)) return false;
  return rest.replace(/[\p{P}\p{S}\s]/gu, '').length <= 1;
}

const TWO_LETTERS = /[\u4e00-\u9fffA-Za-z][^]*[\u4e00-\u9fffA-Za-z]/;
