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
import { normalizeText } from './text';
import { isPlaceholderValue } from './placeholders';

export type QualitativeBand = 'achieved' | 'partial' | 'failed';

export interface QualitativeVocabulary {
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

/** The national vocabulary: the wording of the 10号 bands plus the common real words seen in published tables. */
export const NATIONAL_QUALITATIVE_VOCABULARY: QualitativeVocabulary = {
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
    '(?<!降)低',
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
  negationFillers: ['能', '太', '够', '甚', '很', '十分', '够'],
};

interface CompiledVocabulary {
  failed: RegExp;
  partial: RegExp;
  achieved: RegExp;
  negatedBefore: RegExp;
}

function compile(vocabulary: QualitativeVocabulary): CompiledVocabulary {
  const any = (words: readonly string[], flags = '') => new RegExp(words.join('|'), flags);
  const negation = `(?:${vocabulary.negations.join('|')})(?:${vocabulary.negationFillers.join('|')})?(?:明显|显著)?$`;
  return {
    failed: any(vocabulary.failed),
    partial: any(vocabulary.partial),
    achieved: any(vocabulary.achieved, 'g'),
    negatedBefore: new RegExp(negation),
  };
}

// Compiled once per vocabulary object (profiles are constants); a WeakMap lets a custom profile go.
const compiled = new WeakMap<QualitativeVocabulary, CompiledVocabulary>();

function compiledOf(vocabulary: QualitativeVocabulary): CompiledVocabulary {
  let found = compiled.get(vocabulary);
  if (!found) {
    found = compile(vocabulary);
    compiled.set(vocabulary, found);
  }
  return found;
}

/** The longest a negation with its fillers can be: how far back from a word to look. */
const NEGATION_WINDOW = 6;

/** Which achieving words stand un-negated: 'none' when a word is negated, else whether any stands. */
function achievingWords(text: string, vocabulary: CompiledVocabulary): 'negated' | 'found' | 'none' {
  const pattern = new RegExp(vocabulary.achieved.source, 'g');
  let found = false;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text.slice(Math.max(0, match.index - NEGATION_WINDOW), match.index);
    if (vocabulary.negatedBefore.test(before)) return 'negated';
    found = true;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found ? 'found' : 'none';
}

/**
 * The band a 定性 actual names: 达成年度指标 / 合格 / 满意 / 效果明显 → achieved; 部分达成 → partial;
 * 未达成 / 不合格 / 不满意 / 无明显效果 → failed; null when the wording names no band (合理, 见附件, empty).
 */
export function qualitativeBand(
  text: string,
  vocabulary: QualitativeVocabulary = NATIONAL_QUALITATIVE_VOCABULARY,
): QualitativeBand | null {
  const normalized = normalizeText(text);
  if (normalized === '' || isPlaceholderValue(normalized)) return null;
  const words = compiledOf(vocabulary);
  if (words.failed.test(normalized)) return 'failed';
  const achieving = achievingWords(normalized, words);
  if (achieving === 'negated') return 'failed';
  if (words.partial.test(normalized)) return 'partial';
  return achieving === 'found' ? 'achieved' : null;
}
