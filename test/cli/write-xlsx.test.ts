/**
 * The CLI's native-zlib zip path: zipParts (./zip), the evaluated workbook written through it
 * (./write-xlsx) and the input handed to exceljs as a stored zip (./input) — each checked against an
 * independent reader (JSZip with CRC checks, exceljs's own writeBuffer/load).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadInputWorkbook, inflateEntries } from '../../src/cli/input';
import { workbookToXlsxBuffer } from '../../src/cli/write-xlsx';
import { crc32, zipParts } from '../../src/cli/zip';
import { inspectXlsxBytes } from '../../src/xlsx/inspect';
import { CliError } from '../../src/cli/errors';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { snapshotFromWorkbook } from '../../src/xlsx/read';
import { applyEvaluation } from '../../src/xlsx/write';
import { buildZip } from '../xlsx/zip-builder';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));

describe('zipParts', () => {
  it('computes the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it.each([
    ['deflated', 6],
    ['stored', 0],
  ])('writes a %s zip that JSZip reads back with CRC checks, CJK names included', async (_label, level) => {
    const parts = [
      { name: '[Content_Types].xml', data: text('<Types/>'.repeat(200)) },
      { name: 'xl/worksheets/自评表.xml', data: text('绩效自评 '.repeat(500)) },
      { name: 'empty.txt', data: new Uint8Array(0) },
    ];
    const bytes = zipParts(parts, { level });
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(parts.map((part) => part.name));
    for (const part of parts)
      expect(await zip.file(part.name)!.async('string')).toBe(Buffer.from(part.data).toString());
    // Deflate really shrinks repetitive XML; stored keeps every byte.
    const total = parts.reduce((sum, part) => sum + part.data.length, 0);
    if (level > 0) expect(bytes.length).toBeLessThan(total / 4);
    else expect(bytes.length).toBeGreaterThan(total);
  });
});

/** A workbook with what the CLI writes: values, formulas with cached results, formats, merges, CJK. */
function sampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('项目支出绩效自评表');
  sheet.mergeCells('A1:D1');
  sheet.getCell('A1').value = '项目支出绩效自评表（2023年度）';
  sheet.getCell('B3').value = 120.5;
  sheet.getCell('C3').value = 96.25;
  sheet.getCell('D3').value = { formula: 'C3/B3', result: 0.75 } as ExcelJS.CellValue;
  sheet.getCell('D3').numFmt = '0.00%';
  sheet.getCell('E3').value = { formula: 'B3/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  const report = workbook.addWorksheet('自评报告');
  report.getCell('A1').value = '一、基本情况';
  report.getCell('A1').font = { bold: true };
  report.getColumn(1).width = 90;
  return workbook;
}

function cellsOf(workbook: ExcelJS.Workbook) {
  const cells: Record<string, unknown> = {};
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[`${sheet.name}!${cell.address}`] = { value: cell.value, numFmt: cell.numFmt, bold: cell.font?.bold };
      }),
    );
  });
  return cells;
}

describe('workbookToXlsxBuffer', () => {
  it('writes the same workbook exceljs writeBuffer does: values, formulas with cached results, formats', async () => {
    const ours = await workbookToXlsxBuffer(sampleWorkbook());
    const theirs = Buffer.from((await sampleWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
    const fromOurs = new ExcelJS.Workbook();
    await fromOurs.xlsx.load(ours as unknown as ArrayBuffer);
    const fromTheirs = new ExcelJS.Workbook();
    await fromTheirs.xlsx.load(theirs as unknown as ArrayBuffer);

    expect(cellsOf(fromOurs)).toEqual(cellsOf(fromTheirs));
    expect(fromOurs.getWorksheet('项目支出绩效自评表')!.getCell('D3').value).toEqual({
      formula: 'C3/B3',
      result: 0.75,
    });
    expect(fromOurs.getWorksheet('项目支出绩效自评表')!.model.merges).toEqual(['A1:D1']);
    expect(fromOurs.getWorksheet('自评报告')!.getColumn(1).width).toBe(90);

    // Same parts as exceljs's own zip, all deflated, CRCs right.
    const zip = await JSZip.loadAsync(ours, { checkCRC32: true });
    const reference = await JSZip.loadAsync(theirs);
    // (JSZip also lists folder entries; a zip needs none.)
    const files = (archive: JSZip) =>
      Object.values(archive.files)
        .filter((entry) => !entry.dir)
        .map((entry) => entry.name);
    expect(files(zip).sort()).toEqual(files(reference).sort());
    const inspected = inspectXlsxBytes(ours);
    expect(inspected.ok && inspected.entries.every((entry) => entry.method === 8)).toBe(true);
  });
});

describe.each(fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.xlsx')))(
  'workbookToXlsxBuffer on the evaluated example %s',
  (name) => {
    async function evaluatedExample(): Promise<ExcelJS.Workbook> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(fs.readFileSync(path.join(EXAMPLES, name)) as unknown as ArrayBuffer);
      applyEvaluation(workbook, evaluateWorkbook(snapshotFromWorkbook(workbook)));
      return workbook;
    }

    it('zips exactly the parts exceljs writeBuffer renders (styled and unstyled cells, generated sheets)', async () => {
      const ours = await JSZip.loadAsync(await workbookToXlsxBuffer(await evaluatedExample()), { checkCRC32: true });
      const theirs = await JSZip.loadAsync((await (await evaluatedExample()).xlsx.writeBuffer()) as ArrayBuffer);
      const names = Object.values(theirs.files)
        .filter((entry) => !entry.dir)
        .map((entry) => entry.name);
      expect(names.length).toBeGreaterThan(5);
      for (const part of names) {
        expect([part, await ours.file(part)?.async('string')]).toEqual([
          part,
          await theirs.file(part)!.async('string'),
        ]);
      }
    });
  },
);

describe('loadInputWorkbook', () => {
  it('reads a deflated workbook to the same cells as a plain exceljs load', async () => {
    const bytes = Buffer.from((await sampleWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as unknown as ArrayBuffer);
    const ours = await loadInputWorkbook(bytes, 'sample.xlsx');
    expect(cellsOf(ours)).toEqual(cellsOf(plain));
    expect(Object.keys(cellsOf(ours)).length).toBeGreaterThan(4);
  });

  it('still refuses an entry that inflates past its declared size', () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: 'x'.repeat(100_000), deflate: true, declaredSize: 1000 },
    ]);
    expect(() => inflateEntries(bomb, 'bomb.xlsx')).toThrow(CliError);
  });
});
