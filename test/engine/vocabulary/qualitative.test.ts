import { NATIONAL_PROFILE } from '../../../src/engine/profiles';
import {
  NATIONAL_QUALITATIVE_VOCABULARY,
  NATIONAL_QUALITATIVE_WORDS,
  qualitativeBand,
  qualitativeVocabulary,
  type QualitativeBand,
} from '../../../src/engine/vocabulary/qualitative';

describe('定性 wording → band', () => {
  it.each<[string, QualitativeBand | null]>([
    // the 10号 wording
    ['达成年度指标', 'achieved'],
    ['达成预期指标', 'achieved'],
    ['部分达成年度指标并具有一定效果', 'partial'],
    ['未达成年度指标且效果较差', 'failed'],
    // common real words
    ['合格', 'achieved'],
    ['满意', 'achieved'],
    ['达到预期', 'achieved'],
    ['效果明显', 'achieved'],
    ['成效显著', 'achieved'],
    ['满意度高', 'achieved'],
    ['好', 'achieved'],
    ['及时', 'achieved'],
    ['已完成', 'achieved'],
    ['有效提升', 'achieved'],
    ['不断提高服务水平', 'achieved'],
    ['全年无安全事故，运行安全', 'achieved'],
    ['基本完成', 'partial'],
    ['部分完成', 'partial'],
    // negated: never the top band
    ['不合格', 'failed'],
    ['不满意', 'failed'],
    ['未达到', 'failed'],
    ['未达到预期', 'failed'],
    ['无明显效果', 'failed'],
    ['效果不明显', 'failed'],
    ['没有明显效果', 'failed'],
    ['未能完成', 'failed'],
    ['不及时', 'failed'],
    ['满意度不高', 'failed'],
    ['不太满意', 'failed'],
    ['较差', 'failed'],
    ['否', 'failed'],
    // names no band: a judgment
    ['合理', null],
    ['见附件', null],
    ['无安全事故', null],
    ['', null],
    ['—', null],
    ['无', null],
  ])('%s → %s', (text, band) => {
    expect(qualitativeBand(text)).toBe(band);
  });

  it('never scores a negated achieving word high', () => {
    for (const negation of NATIONAL_QUALITATIVE_WORDS.negations) {
      for (const word of ['达成', '完成', '达到', '合格', '满意', '明显', '及时', '到位', '有效', '好']) {
        expect([negation + word, qualitativeBand(negation + word)]).toEqual([negation + word, 'failed']);
      }
    }
  });

  it('reads full-width and spaced text like plain text', () => {
    expect(qualitativeBand(' 不 合 格 ')).toBe('failed');
    expect(qualitativeBand('达成 年度 指标')).toBe('achieved');
  });

  it('takes its words from the vocabulary it is given (a profile may carry its own)', () => {
    const vocabulary = qualitativeVocabulary({
      ...NATIONAL_QUALITATIVE_WORDS,
      achieved: [...NATIONAL_QUALITATIVE_WORDS.achieved, '合理'],
    });
    expect(qualitativeBand('合理')).toBeNull();
    expect(qualitativeBand('合理', vocabulary)).toBe('achieved');
    expect(qualitativeBand('不合理', vocabulary)).toBe('failed');
    // Each vocabulary remembers its own answers: asked again, the national one still names no band.
    expect(qualitativeBand('合理')).toBeNull();
    expect(NATIONAL_PROFILE.qualitativeVocabulary).toBe(NATIONAL_QUALITATIVE_VOCABULARY);
  });
});
