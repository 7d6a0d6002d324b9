/** The CLI message table: both languages everywhere, the same placeholders in each. */
import { MESSAGES, bilingual } from '../../src/cli/messages';

const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('CLI messages', () => {
  it.each(Object.entries(MESSAGES))('%s has Chinese and English with the same placeholders', (_id, text) => {
    expect(text.zh.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(placeholders(text.zh)).toEqual(placeholders(text.en));
  });

  it('renders both languages on one line', () => {
    expect(bilingual('empty')).toBe('文件是空的（0 字节） / the file is empty (0 bytes)');
  });
});
