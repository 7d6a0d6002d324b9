/**
 * The layout corpus's own data (forms/*.json and the xlsx/*.xlsx generated from them) is well-formed and
 * self-consistent. Independent of the layout reader: the reader's test is corpus.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
// The one thing taken from the engine: the names a table goes by when its part of the form has no title row.
import { TABLE_TITLES } from '../../src/engine/read';

import type { CorpusCell as Cell, CorpusForm, CorpusSheet } from './form';

const DIR = __dirname;
const FAMILIES = ['project', 'department', 'departmentScore', 'flatList', 'scoreOnly'];
const ROLES = [
  'level1',
  'level2',
  'name',
  'direction',
  'target',
  'unit',
  'actual',
  'weight',
  'score',
  'reason',
  'standard',
  'coefficient',
  'core',
  'initialTarget',
];
const FUND_ROLES = [
  'initial',
  'adjusted',
  'executed',
  'weight',
  'rate',
  'score',
  'reason',
  'carryover',
  'adjustment',
  'balance',
  'balanceRate',
  'task',
  'project',
  'content',
];
const SEVERITIES = ['error', 'warning', 'info'];

const files = readdirSync(path.join(DIR, 'forms'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const forms: CorpusForm[] = files.map((f) => JSON.parse(readFileSync(path.join(DIR, 'forms', f), 'utf8')));

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { col: colNumber(m[1]), row: Number(m[2]) };
}
function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = range.split(':').map(parseRef);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}
function width(sheet: CorpusSheet): number {
  return Math.max(...sheet.rows.map((r) => r.length));
}
function inGrid(sheet: CorpusSheet, ref: string): boolean {
  const { row, col } = parseRef(ref);
  return row <= sheet.rows.length && col <= width(sheet);
}
function valueAt(sheet: CorpusSheet, row: number, col: number): Cell {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}
/** The value shown at a cell: the merge's top-left value when the cell is inside a merge. */
function shownAt(sheet: CorpusSheet, row: number, col: number): Cell {
  for (const m of (sheet.merges ?? []).map(parseRange))
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return valueAt(sheet, m.top, m.left);
  return valueAt(sheet, row, col);
}
function gradeOf(total: number): string {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}
function sheetOf(form: CorpusForm, name: string): CorpusSheet {
  const sheet = form.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`${form.id}: no sheet ${name}`);
  return sheet;
}

test('the corpus holds forms with unique ids matching their file names', () => {
  expect(forms.length).toBeGreaterThan(0);
  expect(new Set(forms.map((f) => f.id)).size).toBe(forms.length);
  forms.forEach((form, i) => {
    expect(`${form.id}.json`).toBe(files[i]);
    expect(form.id).toMatch(/^[a-z]+-[a-z0-9]+(-[a-z0-9]+)*-(19|20)\d\d-[a-z]+$/);
    expect(form.id).toContain(String(form.year));
  });
});

describe.each(forms.map((f) => [f.id, f] as const))('%s', (_id, form) => {
  test('has its source, place and a note on how it was rebuilt', () => {
    for (const text of [form.province, form.place, form.title, form.source.url, form.source.note])
      expect(text.trim().length).toBeGreaterThan(0);
    expect(form.source.retrieved).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  test('sheets hold only strings, numbers and nulls; merges, formats and invented cells lie in the grid', () => {
    expect(new Set(form.sheets.map((s) => s.name)).size).toBe(form.sheets.length);
    for (const sheet of form.sheets) {
      for (const row of sheet.rows)
        for (const v of row) expect(v === null || typeof v === 'string' || Number.isFinite(v)).toBe(true);
      for (const range of sheet.merges ?? []) {
        const m = parseRange(range);
        expect(m.bottom >= m.top && m.right >= m.left).toBe(true);
        expect(m.bottom).toBeLessThanOrEqual(sheet.rows.length);
        // only the top-left cell of a merge may hold a value (Excel keeps no other)
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            if (r !== m.top || c !== m.left) expect([range, r, c, valueAt(sheet, r, c)]).toEqual([range, r, c, null]);
      }
      for (const ref of Object.keys({ ...sheet.numberFormats, ...sheet.formulas }))
        expect(inGrid(sheet, ref)).toBe(true);
    }
    for (const ref of form.invented) {
      const [sheetName, cell] = ref.includes('!') ? ref.split('!') : [form.sheets[0].name, ref];
      expect(inGrid(sheetOf(form, sheetName), cell)).toBe(true);
    }
  });

  test('expected tables name real sheets, header rows, known roles and consistent totals', () => {
    expect(form.expected.tables.length).toBeGreaterThan(0);
    for (const table of form.expected.tables) {
      const sheet = sheetOf(form, table.sheet);
      expect(FAMILIES).toContain(table.family);
      expect(table.headerRows.length).toBeGreaterThanOrEqual(1);
      expect(table.headerRows.length).toBeLessThanOrEqual(3);
      for (const [col, role] of Object.entries({ ...table.roles, ...table.fundRoles })) {
        expect(col).toMatch(/^[A-Z]{1,2}$/);
        expect(colNumber(col)).toBeLessThanOrEqual(width(sheet));
        expect([...ROLES, ...FUND_ROLES]).toContain(role);
      }
      for (const role of Object.values(table.roles)) expect(ROLES).toContain(role);
      for (const role of Object.values(table.fundRoles ?? {})) expect(FUND_ROLES).toContain(role);
      expect(Object.keys({ ...table.roles, ...table.fundRoles }).length).toBeGreaterThan(0);
      // every role column has header text in the band (possibly through a merge); a funds-only table's band is
      // its funds header
      const banded = Object.keys(table.roles).length ? table.roles : (table.fundRoles ?? {});
      for (const col of Object.keys(banded)) {
        const texts = table.headerRows.map((r) => shownAt(sheet, r, colNumber(col)));
        expect([col, texts.some((t) => typeof t === 'string' && t.trim() !== '')]).toEqual([col, true]);
      }
      // 0 only for a table rebuilt without indicator rows (a funds block whose indicator part was not published)
      expect(table.indicatorCount).toBeGreaterThanOrEqual(Object.keys(table.roles).length ? 1 : 0);
      for (const ref of Object.keys(table.scores ?? {})) expect(inGrid(sheet, ref)).toBe(true);
      const standing = table.computedTotal ?? table.reportedTotal;
      expect(table.grade).toBe(standing === null ? null : gradeOf(standing));
    }
  });

  test("expected labels stand in the table's sheet as the published form writes them", () => {
    for (const table of form.expected.tables) {
      if (!table.labels) continue;
      const texts = sheetOf(form, table.sheet)
        .rows.flat()
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.trim());
      const { title, year, projectName, moneyUnit } = table.labels;
      // A part of a form without its title row (大英's first table) is called by the form's name.
      const stated = texts.includes(title) || Object.values(TABLE_TITLES).includes(title);
      expect([table.sheet, title, stated]).toEqual([table.sheet, title, true]);
      if (projectName !== null) expect([projectName, texts.includes(projectName)]).toEqual([projectName, true]);
      if (year !== null) expect([year, texts.some((t) => t.includes(String(year)))]).toEqual([year, true]);
      if (moneyUnit !== null) {
        const named = texts.some((t) => new RegExp(`[(（]${moneyUnit}[)）]|单位[:：]\\s*${moneyUnit}`).test(t));
        expect([moneyUnit, named]).toEqual([moneyUnit, true]);
      }
    }
  });

  test('expected findings point at cells of the grid', () => {
    for (const finding of form.expected.findings) {
      expect(SEVERITIES).toContain(finding.severity);
      expect(finding.what.trim().length).toBeGreaterThan(0);
      const sheet = sheetOf(form, finding.sheet ?? form.expected.tables[0].sheet);
      expect(inGrid(sheet, finding.cell)).toBe(true);
    }
  });

  test('the generated workbook holds exactly the JSON grid', async () => {
    const file = path.join(DIR, 'xlsx', `${form.id}.xlsx`);
    expect(existsSync(file)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(form.sheets.map((s) => s.name));
    for (const sheet of form.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      const got: Cell[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const v = cell.value;
          const plain = v === null || typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v);
          (got[r - 1] ??= [])[c - 1] = plain;
        });
      });
      for (let r = 1; r <= Math.max(sheet.rows.length, got.length); r++)
        for (let c = 1; c <= Math.max(width(sheet), got[r - 1]?.length ?? 0); c++) {
          const formula = sheet.formulas?.[`${String.fromCharCode(64 + c)}${r}`];
          const want = formula ? JSON.stringify({ formula: formula.replace(/^=/, '') }) : valueAt(sheet, r, c);
          expect([sheet.name, r, c, got[r - 1]?.[c - 1] ?? null]).toEqual([sheet.name, r, c, want]);
        }
      const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice().sort();
      expect(merges).toEqual((sheet.merges ?? []).slice().sort());
      for (const [ref, fmt] of Object.entries(sheet.numberFormats ?? {})) expect(ws.getCell(ref).numFmt).toBe(fmt);
    }
  });
});
