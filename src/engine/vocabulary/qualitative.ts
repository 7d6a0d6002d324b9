/**
 * 定性 wording → band (SPEC §4): the one place that says what 达成 / 部分达成 / 未达成 look like in a cell.
 *
 * Bands follow 财预〔2020〕10号: 'achieved' (达成年度指标, [0.8w, w]), 'partial' (部分达成并具有一定效果,
 * [0.6w, 0.8w)), 'failed' (未达成且效果较差, [0, 0.6w)). A vocabulary is data (a profile carries one); a word
 * list entry is a regular-expression source so that a compound can be excluded (安全 but not 安全事故).
 *
 * Reading order: a failing phrase, or an achieving word negated by 不/未/无/没有/非 right before it
 * (不满意, 未达到, 无明显效果, 效果不明显), wins; then a partial phrase; then an achieving word. A negated word
 * is therefore never read as achieved.
 */
import { memoByText } from '../memo';
import { normalizeText } from './text';
import { isPlaceholderValue } from './placeholders';

export type QualitativeBand = 'achieved' | 'partial' | 'failed';

/** The word lists of a vocabulary (regular-expression sources). */
export interface QualitativeWords {
  /** Phrases that say the target was missed outright. */
  failed: readonly string[];
  /** Phrases that say it was partly reached. */
  partial: readonly string[];
  /** Words that say it was reached, unless negated. */
  achieved: readonly string[];
  /** Words that negate the achieving word right after them (with at most one filler such as 能/太/够). */
  negations: readonly string[];
  /** Fillers allowed between a negation and the word it negates: 未能达到, 不太满意, 没有明显效果. */
  negationFillers: readonly string[];
}

/** A vocabulary: its words and the patterns made from them once (qualitativeVocabulary). */
export interface QualitativeVocabulary {
  words: QualitativeWords;
  failed: RegExp;
  partial: RegExp;
  /** Global: every achieving word in the text is looked at. */
  achieved: RegExp;
  /** Matches the text right before a word when it ends in a negation. */
  negatedBefore: RegExp;
}

/** The vocabulary of these words (a profile carries one; build a custom one with this). */
export function qualitativeVocabulary(words: QualitativeWords): QualitativeVocabulary {
  const any = (list: readonly string[], flags = '') => new RegExp(list.join('|'), flags);
  const negation = `(?:${words.negations.join('|')})(?:${words.negationFillers.join('|')})?(?:明显|显著)?$`;
  return {
    words,
    failed: any(words.failed),
    partial: any(words.partial),
    achieved: any(words.achieved, 'g'),
    negatedBefore: new RegExp(negation),
  };
}

/** The national words: the wording of the 10号 bands plus the common real words seen in published tables. */
export const NATIONAL_QUALITATIVE_WORDS: QualitativeWords = {
  failed: [
    '未达成',
    '未完成',
    '未达到',
    '未实现',
    '未达标',
    '未办结',
    '没有完成',
    '没有达到',
    '较差',
    '效果差',
    '不合格',
    '不达标',
    '不满意',
    '不及时',
    '不到位',
    '不规范',
    '不合规',
    '不健全',
    '不完善',
    '不明确',
    '无效',
    '无明显',
    '^否$',
    '^差$',
  ],
  partial: ['部分', '基本达成', '基本完成', '基本实现', '基本达到', '一定效果'],
  achieved: [
    '达成',
    '完成',
    '达到',
    '实现',
    '达标',
    '办结',
    '符合',
    '合格',
    '有效',
    '显著',
    '明显',
    '提升',
    '提高',
    '改善',
    '增强',
    '健全',
    '完善',
    '合规',
    '规范',
    '公开',
    '安全(?!事故|隐患|问题|生产事故)',
    '明确',
    '良好',
    '较好',
    '满意',
    '及时',
    '到位',
    '保障',
    '优',
    '好',
    '高',
    '^是$',
  ],
  negations: ['不', '未', '无', '没有', '没', '非', '尚未', '并未'],
  negationFillers: ['能', '太', '够', '甚', '很', '十分'],
};

export const NATIONAL_QUALITATIVE_VOCABULARY = qualitativeVocabulary(NATIONAL_QUALITATIVE_WORDS);

/** The longest a negation with its fillers can be: how far back from a word to look. */
const NEGATION_WINDOW = 6;

/** Whether an achieving word stands negated ('negated'), un-negated ('found'), or none is there. */
function achievingWords(text: string, vocabulary: QualitativeVocabulary): 'negated' | 'found' | 'none' {
  // exec on the vocabulary's own global pattern, from 0 and back to 0: matchAll would copy the pattern per call.
  const pattern = vocabulary.achieved;
  let result: 'negated' | 'found' | 'none' = 'none';
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const before = text.slice(Math.max(0, match.index - NEGATION_WINDOW), match.index);
    if (vocabulary.negatedBefore.test(before)) {
      result = 'negated';
      break;
    }
    result = 'found';
    if (match[0] === '') pattern.lastIndex++; // an empty match (a custom word list) must not repeat forever
  }
  pattern.lastIndex = 0;
  return result;
}

/**
 * qualitativeBand remembered per vocabulary (a profile's) and text: the same few wordings (已完成, 达成年度指标)
 * stand in the 实际完成值 of the 定性 rows of every sheet, and each costs several regex scans.
 */
const BANDS_BY_VOCABULARY = new WeakMap<QualitativeVocabulary, (text: string) => QualitativeBand | null>();

/**
 * The band a 定性 actual names: 达成年度指标 / 合格 / 满意 / 效果明显 → achieved; 部分达成 → partial;
 * 未达成 / 不合格 / 不满意 / 无明显效果 → failed; null when the wording names no band (合理, 见附件, empty).
 */
export function qualitativeBand(
  text: string,
  vocabulary: QualitativeVocabulary = NATIONAL_QUALITATIVE_VOCABULARY,
): QualitativeBand | null {
  let bandOf = BANDS_BY_VOCABULARY.get(vocabulary);
  if (!bandOf) {
    bandOf = memoByText((wording) => bandOfWording(wording, vocabulary));
    BANDS_BY_VOCABULARY.set(vocabulary, bandOf);
  }
  return bandOf(text);
}

function bandOfWording(text: string, vocabulary: QualitativeVocabulary): QualitativeBand | null {
  const normalized = normalizeText(text);
  if (normalized === '' || isPlaceholderValue(normalized)) return null;
  if (vocabulary.failed.test(normalized)) return 'failed';
  const achieving = achievingWords(normalized, vocabulary);
  if (achieving === 'negated') return 'failed';
  if (vocabulary.partial.test(normalized)) return 'partial';
  return achieving === 'found' ? 'achieved' : null;
}
