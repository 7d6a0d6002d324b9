/**
 * The cell scanner (src/package/cell-scan) reads the common form of rows and cells without the tokenizer
 * and declines everything else: a sheet reads the same with and without it — on workbooks other writers
 * saved, and on crafted XML that sits just inside or just outside that form.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { CellScanner } from '../../src/package/cell-scan';
import { cellFormatCodes } from '../../src/package/number-formats';
import { sharedStrings } from '../../src/package/read';
import { readSheetXml } from '../../src/package/read-sheet';
import { partText, readStructure } from '../../src/package/structure';
import { openArchive } from '../../src/package/unzip';

const CORPORA = ['fidelity-corpus', path.join('layout-corpus', 'xlsx')].map((dir) => path.join(__dirname, '..', dir));
const files = CORPORA.flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => /\.xls[xm]$/.test(file))
        .map((file) => path.join(dir, file))
    : [],
);

describe.each(files.map((file) => [path.basename(file), file]))('%s', (_name, file) => {
  it('reads every sheet the same with and without the scanner', () => {
    const archive = openArchive(new Uint8Array(readFileSync(file)));
    const structure = readStructure(archive);
    const strings = sharedStrings(structure.sharedStringsPart ? partText(archive, structure.sharedStringsPart) : null);
    const formats = structure.stylesPart ? cellFormatCodes(partText(archive, structure.stylesPart)) : [];
    let sheets = 0;
    for (const entry of structure.sheets) {
      const xml = entry.part ? partText(archive, entry.part) : null;
      if (!entry.worksheet || xml === null) continue;
      sheets++;
      const general = readSheetXml(xml, strings, formats, { fastCells: false });
      expect(readSheetXml(xml, strings, formats)).toEqual(general);
    }
    expect(sheets).toBeGreaterThan(0);
  });
});

describe('crafted sheets read the same with and without the scanner', () => {
  const strings = ['甲', '', '乙 &amp; 丙'];
  const formats = ['General', '0.00%', null];
  const cases: Record<string, string> = {
    'common form': '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><c r="C1" s="1"><v>0.5</v></c></row>',
    'cells without a reference follow the one before':
      '<row r="2"><c t="s"><v>0</v></c><c><v>2</v></c></row><row><c r="C4"><v>1</v></c><c><v>3</v></c></row>',
    'lower-case, absolute and odd references':
      '<row r="1"><c r="b1"><v>1</v></c><c r="$C$1"><v>2</v></c><c r="D01"><v>3</v></c><c r="XFD1048576"><v>4</v></c><c r="ABCD1"><v>5</v></c></row>',
    'attributes in another order, prefixed or spaced':
      '<row r="1"><c t="n" r="A1"><v>1</v></c><c x:r="Z9" r="B1"><v>2</v></c><c r = "C1"><v>3</v></c><c  r="D1"><v>4</v></c><c r="E1" cm="1" vm="2"><v>5</v></c></row>',
    'a duplicate attribute (the last one counts)': '<row r="1"><c r="A1" s="1" s="0"><v>0.25</v></c></row>',
    'entities in values and attributes':
      '<row r="1"><c r="A1" t="str"><v>a &amp; b_x000D_</v></c><c r="B&#49;"><v>2</v></c><c r="C1" t="e"><v>#N/A</v></c></row>',
    'empty and missing values':
      '<row r="1"><c r="A1"><v/></c><c r="B1" t="s"><v/></c><c r="C1" t="b"><v>0</v></c><c r="D1"><v> </v></c><c r="E1"><v>1E+999</v></c></row>',
    'formulas, shared and plain, between common cells':
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c><c r="C1"><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f>A2</f></c></row>',
    'inline strings and styled empty cells':
      '<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="B1" s="1"/><c r="C1" s="2"><v>7</v></c></row>',
    'rows: hidden, prefixed, self-closing, without r, whitespace between':
      '<row r="1" hidden="1"><c r="A1"><v>1</v></c></row>\n  <row r="2" x:hidden="1"><c r="A2"><v>2</v></c></row><row r="3"/>' +
      '<row hidden="true"><c r="A4"><v>4</v></c></row>\n<row r="5" spans="1:2" ht="20" customHeight="1"><c r="A5"><v>5</v></c>\n</row>',
    'comments and prefixes':
      '<row r="1"><c r="A1"><v>1</v></c><!-- <c r="B1"><v>9</v></c> --><c r="C1"><v>3</v></c></row>',
    'merged cells written in several ways':
      '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="4"><mergeCell ref="C3:B2"/><mergeCell ref="A5"/>' +
      '<mergeCell ref="D1:E1" /><mergeCell ref=\'F1:G1\'/><mergeCell ref=""/><mergeCell ref="A7:B7"/></mergeCells><sheetData>',
    'merged cells with $, lower case, reversed and far references':
      '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="4"><mergeCell ref="$A$9:B10"/>' +
      '<mergeCell ref="c12:D13"/><mergeCell ref="XFD2:XFC1048576"/><mergeCell ref="B20:A19"/></mergeCells><sheetData>',
    'merged cells':
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><sheetData>',
  };
  it.each(Object.entries(cases))('%s', (_name, rows) => {
    const xml = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
    const general = readSheetXml(xml, strings, formats, { fastCells: false });
    expect(readSheetXml(xml, strings, formats)).toEqual(general);
  });

  it('and a prefixed sheet', () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readSheetXml(xml, [], [])).toEqual(readSheetXml(xml, [], [], { fastCells: false }));
    expect(readSheetXml(xml, [], []).values).toEqual([[1]]);
  });
});

describe('CellScanner', () => {
  const read = (xml: string) => {
    const scanner = new CellScanner(xml);
    return scanner.read(0) ? { ...scanner, xml: undefined } : null;
  };

  it('takes the common forms', () => {
    expect(read('<c r="B4" s="1" t="s"><v>12</v></c>')).toMatchObject({
      row: 3,
      col: 1,
      style: 1,
      type: 's',
      value: '12',
      end: 35,
    });
    expect(read('<c r="AB10"/>')).toMatchObject({
      row: 9,
      col: 27,
      style: undefined,
      type: undefined,
      value: null,
      end: 13,
    });
    expect(read('<c r="C1"><v/></c>')).toMatchObject({ value: '' });
    expect(read('<c><v>1 &lt; 2</v></c>')).toMatchObject({ row: -1, col: -1, value: '1 < 2' });
    expect(read('<c r="A1" s="2" t="n" x14ac:foo="1"></c>')).toMatchObject({ row: 0, col: 0, style: 2, value: null });
  });

  it('declines every other form', () => {
    for (const xml of [
      '<c r="a1"><v>1</v></c>',
      '<c t="s" r="A1"><v>1</v></c>',
      '<c r="A1"><f>B1</f><v>1</v></c>',
      '<c r="A1" t="inlineStr"><is><t>x</t></is></c>',
      '<c r="A&#49;"><v>1</v></c>',
      "<c r='A1'><v>1</v></c>",
      '<c r="A1" ><v>1</v></c>',
      '<x:c r="A1"><x:v>1</x:v></x:c>',
      '<c r="A1"><v>1</v> </c>',
      '<col min="1"/>',
    ]) {
      expect(read(xml)).toBeNull();
    }
  });

  it('reads a row start tag as TagCursor.attr does', () => {
    const scanner = new CellScanner('<row r="7" spans="1:3" hidden="1"><c/></row><row/>');
    expect(scanner.readRow(0)).toBe(true);
    expect([scanner.rowNumber, scanner.hidden, scanner.end]).toEqual([7, true, 34]);
    expect(scanner.readRow(44)).toBe(true);
    expect([scanner.rowNumber, scanner.hidden, scanner.end]).toEqual([undefined, false, 50]);
    expect(new CellScanner('<row r="1" ht=\'2\'>').readRow(0)).toBe(false);
  });
});
