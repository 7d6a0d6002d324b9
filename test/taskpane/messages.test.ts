import { MESSAGES } from '../../src/taskpane/messages';
import { STANDALONE_HOST_MESSAGES } from '../../src/web/messages';

type Table = Record<string, unknown>;

function flatten(table: Table, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') result[prefix + key] = value;
    else Object.assign(result, flatten(value as Table, `${prefix}${key}.`));
  }
  return result;
}

const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const TABLES = [
  ['task pane', MESSAGES],
  ['standalone host', STANDALONE_HOST_MESSAGES],
] as const;

describe.each(TABLES)('%s message tables', (_name, tables) => {
  const zh = flatten(tables['zh-CN'] as unknown as Table);
  const en = flatten(tables['en-US'] as unknown as Table);

  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh))
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(zh[key]) });
  });

  it('have no empty strings, and the English table has no Chinese outside quoted header labels', () => {
    for (const [key, text] of Object.entries({ ...zh, ...en }))
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    const allowed = new Set(['noTablesBody']); // names the Chinese header labels the user must look for
    for (const [key, text] of Object.entries(en)) {
      if (!allowed.has(key)) expect({ key, chinese: /[\u4e00-\u9fff]/.test(text) }).toEqual({ key, chinese: false });
    }
  });
});
