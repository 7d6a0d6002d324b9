/**
 * The fidelity corpus (test/fidelity-corpus, made by openpyxl and LibreOffice — see generate.py): each
 * workbook evaluates; the evaluated copy is the user's package plus our changes — every part we had no
 * reason to touch byte for byte, the touched sheets' non-cell XML unchanged, every part well-formed —
 * and evaluates again to the same results. The input bytes are never modified.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { Evaluation } from '../../src/engine/model';
import { readPackage, readPackageDetailed, writeEvaluated } from '../../src/package';

const DIR = path.join(__dirname, '..', 'fidelity-corpus');
/** Also the published forms of the layout corpus (saved by openpyxl), where present. */
const LAYOUT_DIR = path.join(__dirname, '..', 'layout-corpus', 'xlsx');
const FILES = [
  ...readdirSync(DIR)
    .filter((name) => /\.xls[xm]$/.test(name))
    .map((name) => path.join(DIR, name)),
  ...(existsSync(LAYOUT_DIR) ? readdirSync(LAYOUT_DIR).map((name) => path.join(LAYOUT_DIR, name)) : []),
].map((file) => path.relative(path.join(__dirname, '..'), file));

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const result = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) if (!file.dir) result.set(file.name, await file.async('uint8array'));
  return result;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const withoutCells = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, '<sheetData/>');
const summary = (evaluation: Evaluation) => ({
  tables: evaluation.tables.map((table) => [table.sheet, table.total, table.grade]),
  findings: evaluation.findings.map((finding) => `${finding.code}@${finding.sheet}!${finding.cell}`),
});

function wellFormed(xml: string): void {
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
}

describe.each(FILES)('%s', (file) => {
  const input = new Uint8Array(readFileSync(path.join(__dirname, '..', file)));
  const before = Buffer.from(input).toString('base64');
  const evaluation = evaluateWorkbook(readPackage(input, file));
  const output = writeEvaluated(input, evaluation);

  it('evaluates, and the input bytes are unchanged', () => {
    // The layout corpus also holds forms the reader does not take yet (its own tests say which).
    if (file.startsWith('fidelity-corpus')) expect(evaluation.tables.length).toBeGreaterThan(0);
    expect(Buffer.from(input).toString('base64')).toBe(before);
  });

  it('copies every part it had no reason to change byte for byte, and keeps the touched sheets non-cell XML', async () => {
    const [original, written] = await Promise.all([parts(input), parts(output)]);
    const { structure } = readPackageDetailed(input);
    const touchedSheets = new Set(
      evaluation.writePlan.cells.map((cell) => structure.sheets.find((sheet) => sheet.name === cell.sheet)!.part),
    );
    const mayChange = new Set([
      structure.workbookPart,
      structure.relsPart,
      '[Content_Types].xml',
      structure.stylesPart,
      ...touchedSheets,
    ]);
    for (const [name, bytes] of original) {
      expect(written.has(name)).toBe(true);
      if (!mayChange.has(name))
        expect({ name, same: Buffer.compare(bytes, written.get(name)!) === 0 }).toEqual({ name, same: true });
    }
    for (const part of touchedSheets) {
      expect(withoutCells(text(written.get(part)))).toBe(withoutCells(text(original.get(part))));
    }
  });

  it('writes only well-formed XML parts', async () => {
    for (const [name, bytes] of await parts(output)) {
      if (/\.(xml|rels|vml)$/i.test(name)) expect(() => wellFormed(text(bytes))).not.toThrow();
    }
  });

  it('evaluates again to the same results, planning no further cell, and a second write replaces our sheets', () => {
    const again = evaluateWorkbook(readPackage(output, file));
    expect(summary(again)).toEqual(summary(evaluation));
    expect(again.writePlan.cells).toEqual([]);
    const twice = writeEvaluated(output, again);
    const names = (bytes: Uint8Array) => readPackageDetailed(bytes).structure.sheets.map((sheet) => sheet.name);
    expect(names(twice)).toEqual(names(output));
  });
});

describe('features the corpus pins down', () => {
  const load = (file: string) => new Uint8Array(readFileSync(path.join(DIR, file)));
  const evaluated = (file: string) => {
    const input = load(file);
    return { input, output: writeEvaluated(input, evaluateWorkbook(readPackage(input, file))) };
  };

  it("never replaces a user's 自评报告 sheet: ours takes 自评报告(2)", async () => {
    const { input, output } = evaluated('op-user-report-sheet.xlsx');
    const sheets = readPackageDetailed(output).structure.sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['自评报告', '自评报告(2)', '评估结果']));
    const user = readPackageDetailed(input).structure.sheets.find((sheet) => sheet.name === '自评报告')!;
    expect(sheets.find((sheet) => sheet.name === '自评报告')).toMatchObject({ part: user.part, generated: false });
    expect(sheets.find((sheet) => sheet.name === '自评报告(2)')?.generated).toBe(true);
    expect(text((await parts(output)).get(user.part))).toBe(text((await parts(input)).get(user.part)));
  });

  it('keeps an .xlsm macro-enabled, with its vbaProject.bin', async () => {
    const { input, output } = evaluated('op-macros.xlsm');
    const [original, written] = await Promise.all([parts(input), parts(output)]);
    expect(Buffer.compare(original.get('xl/vbaProject.bin')!, written.get('xl/vbaProject.bin')!)).toBe(0);
    expect(text(written.get('[Content_Types].xml'))).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });

  it('reads a sheet with a stray value at XFD1048576 sparsely', () => {
    const snapshot = readPackage(load('op-stray-cell.xlsx'));
    const side = snapshot.sheets.find((sheet) => sheet.name === '附表')!;
    expect(side.values.length).toBe(1048576);
    expect(side.values[1048575][16383]).toBe('误输入');
    expect(Object.keys(side.values)).toEqual(['0', '1048575']);
  });
});
