import { EN_US, ZH_CN, translator, type MessageKey } from '../../../src/engine/narrative/strings';
import {
  narrateTables as generateNarrative,
  lijiangProjectTable,
  seedScoreGrid,
  seedTargetsTable,
} from './seed-tables';

const placeholders = (template: string): string[] => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('narrative message table', () => {
  test('every en-US template takes the same placeholders as its zh-CN original', () => {
    for (const key of Object.keys(ZH_CN) as MessageKey[]) {
      expect([key, placeholders(EN_US[key])]).toEqual([key, placeholders(ZH_CN[key])]);
    }
  });

  test('zh-CN templates use Chinese punctuation only', () => {
    for (const [key, template] of Object.entries(ZH_CN)) {
      if (key === 'ordinals') continue;
      // ASCII , ; : ? ! and straight quotes are not used in Chinese prose ("1." enumerators are fine).
      expect([key, /[,;:?!"']/.test(template)]).toEqual([key, false]);
    }
  });

  test('an unfilled placeholder is a programming error', () => {
    expect(() => translator('zh-CN')('gradeLine', {})).toThrow('gradeLine');
    expect(translator('zh-CN')('gradeLine', { grade: '优' })).toBe('自评评价等级为“优”。');
  });

  test('en-US report: same structure, English headings and placeholders', () => {
    const narrative = generateNarrative([seedTargetsTable(), seedScoreGrid(), lijiangProjectTable()], [], {
      locale: 'en-US',
    });
    const headings = narrative.paragraphs.filter((p) => p.style === 'heading').map((p) => p.text);
    expect(headings.slice(0, 2)).toEqual(['1 Department overview', '(1) General information']);
    expect(headings).toHaveLength(23 + 5);
    const text = narrative.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('[TO FILL IN: main experience and practices]');
    expect(text).toContain('In sum, the overall expenditure scores 98.4 points, grade “优”.');
    expect(text).not.toContain('待填写');
  });
});
