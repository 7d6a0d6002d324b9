/** The one template filler shared by every message table, and the one {{name}} syntax those tables use. */
import { MESSAGES as CLI_MESSAGES } from '../../src/cli/messages';
import { ENGINE_MESSAGES } from '../../src/engine/render';
import { EN_US as NARRATIVE_EN, ZH_CN as NARRATIVE_ZH } from '../../src/engine/narrative/strings';
import { RULES } from '../../src/engine/rules';
import { MissingTemplateValueError, fillTemplate, placeholdersOf } from '../../src/engine/template';
import { excelMessage, type ExcelMessageId, type WorkbookState } from '../../src/excel/messages';
import { MESSAGES as TASKPANE_MESSAGES } from '../../src/taskpane/messages';

describe('fillTemplate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
    expect(fillTemplate('无法评估「{{file}}」：{{reason}}', { file: 'a.xlsx' })).toBe('无法评估「a.xlsx」：{{reason}}');
    expect(fillTemplate('已修正 {{count}} 处。', { count: 3 })).toBe('已修正 3 处。');
    expect(fillTemplate('{{a}}{{b}}', { a: 'x' })).toBe('x{{b}}');
  });

  it('accepts spaces inside the braces, fills every occurrence and does not refill inserted text', () => {
    expect(fillTemplate('{{ a }}+{{a}}', { a: 2 })).toBe('2+2');
    expect(fillTemplate('{{a}}{{b}}', { a: '{{b}}', b: 'y' })).toBe('{{b}}y');
  });

  it('treats an undefined value and an inherited property as missing', () => {
    expect(fillTemplate('[{{a}}]', { a: undefined })).toBe('[{{a}}]');
    expect(fillTemplate('[{{constructor}}]', {})).toBe('[{{constructor}}]');
    expect(fillTemplate('[{{a}}] [{{b}}]', { a: 0, b: '' })).toBe('[0] []');
  });

  it('fills the same way however many distinct templates were filled before (each is parsed once)', () => {
    for (let i = 0; i < 2500; i++) expect(fillTemplate(`#${i} {{a}}`, { a: i })).toBe(`#${i} ${i}`);
    expect(fillTemplate('#0 {{a}}', { a: 'again' })).toBe('#0 again');
    expect(fillTemplate('{{a}} then {{a}}', { a: 1 })).toBe('1 then 1');
    expect(fillTemplate('{{a}} then {{a}}', {})).toBe('{{a}} then {{a}}');
  });

  it('single braces are plain text', () => {
    expect(fillTemplate('{a} {{a}}', { a: 1 })).toBe('{a} 1');
  });

  it('strict: a placeholder without a value throws, naming it', () => {
    expect(() => fillTemplate('等级为“{{grade}}”。', {}, { strict: true })).toThrow(MissingTemplateValueError);
    expect(() => fillTemplate('等级为“{{grade}}”。', {}, { strict: true })).toThrow('{{grade}}');
    expect(fillTemplate('等级为“{{grade}}”。', { grade: '优' }, { strict: true })).toBe('等级为“优”。');
  });
});

describe('placeholdersOf', () => {
  it('lists each placeholder once, in order of first appearance', () => {
    expect(placeholdersOf('{{a}} {{b}} {{a}}')).toEqual(['a', 'b']);
    expect(placeholdersOf('{{ b }} {x} text')).toEqual(['b']);
  });
});

// Every id of the Excel host's table (the object literal fails to compile when an id is missing).
const EXCEL_IDS = Object.keys({
  sheetProtected: 1,
  workbookProtected: 1,
  sheetMissing: 1,
  sheetMissingUnknown: 1,
  accessDenied: 1,
  payloadTooLargeRead: 1,
  payloadTooLargeWrite: 1,
  rowTooLarge: 1,
  excelError: 1,
  goToMissing: 1,
  goToHidden: 1,
  nothingToUndo: 1,
  evaluateFirst: 1,
} satisfies Record<ExcelMessageId, 1>) as ExcelMessageId[];
const WORKBOOK_STATES: WorkbookState[] = ['unchanged', 'restored', 'notRestored', 'undoIncomplete'];

function strings(value: unknown, prefix: string): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => strings(inner, `${prefix}.${key}`));
}

describe('message tables', () => {
  const templates: Array<[string, string]> = [
    ...strings(CLI_MESSAGES, 'cli'),
    ...strings(TASKPANE_MESSAGES, 'taskpane'),
    ...strings({ zh: NARRATIVE_ZH, en: NARRATIVE_EN }, 'narrative'),
    ...strings(ENGINE_MESSAGES, 'engine'),
    ...RULES.flatMap((rule) => strings(rule.messages, `rule.${rule.code}`)),
    ...(['zh-CN', 'en-US'] as const).flatMap((locale) =>
      [...EXCEL_IDS, ...WORKBOOK_STATES.map((state) => `state.${state}` as const)].map((id): [string, string] => [
        `excel.${locale}.${id}`,
        excelMessage(id, locale),
      ]),
    ),
  ];

  it('all use the {{name}} syntax: no single-brace placeholder is left', () => {
    expect(templates.length).toBeGreaterThan(300);
    const singleBrace = templates.filter(([, text]) => /\{\w+\}/.test(text.replace(/\{\{\s*\w+\s*\}\}/g, '')));
    expect(singleBrace).toEqual([]);
  });
});
