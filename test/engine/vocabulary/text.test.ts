import { normalizeText, SIMPLE_TEXT } from '../../../src/engine/vocabulary/text';

describe('normalizeText', () => {
  it('folds full-width forms and drops white space', () => {
    expect(normalizeText('≥ ９０％')).toBe('≥90%');
    expect(normalizeText('产出指标（数量）：，')).toBe('产出指标(数量):,');
    expect(normalizeText(' ＞＝ 1\u3000个 ')).toBe('>=1个');
  });

  it('takes the fast path only for characters NFKC keeps and that are no white space', () => {
    const fast: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (SIMPLE_TEXT.test(char)) fast.push(char);
    }
    expect(fast.length).toBeGreaterThan(20000);
    const changed = fast.filter((char) => char.normalize('NFKC').replace(/\s+/g, '').trim() !== char);
    expect(changed).toEqual([]);
    expect(normalizeText('≥90%，完成。')).toBe('≥90%,完成。');
  });
});
