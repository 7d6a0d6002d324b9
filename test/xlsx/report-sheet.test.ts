/**
 * The 自评报告 sheet written by the exceljs writer (CLI, standalone page), read back from the saved file's XML:
 * text cells in the text format (numFmtId 49, '@'), wrapped, each row with its height, A4 portrait fitted to
 * one page wide, columns within the page.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { applyWritePlan, workbookFromSnapshot } from '../../src/xlsx/write';
import { seedWorkbook } from '../fixtures';

async function savedReportXml(): Promise<{ sheet: string; styles: string; heights: number[] }> {
  const snapshot = seedWorkbook();
  const evaluation = evaluateWorkbook(snapshot);
  const workbook = workbookFromSnapshot(ExcelJS, snapshot);
  applyWritePlan(workbook, evaluation.writePlan);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const index = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === '自评报告');
  const sheet = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const report = evaluation.writePlan.sheets.find((s) => s.name === '自评报告')!;
  return { sheet, styles, heights: report.rowHeights! };
}

describe('exceljs writer: the 自评报告 sheet', () => {
  let xml: Awaited<ReturnType<typeof savedReportXml>>;
  beforeAll(async () => {
    xml = await savedReportXml();
  });

  test('A4 portrait, fitted to one page wide', () => {
    expect(xml.sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml.sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="portrait"/);
    expect(xml.sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
  });

  test('every row has its planned height', () => {
    const rows = [...xml.sheet.matchAll(/<row r="(\d+)"[^>]*ht="([\d.]+)"[^>]*customHeight="1"/g)];
    expect(rows.map((m) => Number(m[2]))).toEqual(xml.heights);
  });

  test('paragraph cells are text-formatted and wrapped', () => {
    const a2Style = Number(/<c r="A2" s="(\d+)"/.exec(xml.sheet)![1]);
    const cellXfs = xml.styles.slice(xml.styles.indexOf('<cellXfs'));
    const style = [...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs)][a2Style][0];
    expect(style).toMatch(/numFmtId="49"/);
    expect(style).toMatch(/wrapText="1"/);
  });

  test('the columns fit an A4 page (about 86 characters with normal margins)', () => {
    // <col min="2" max="3" width="…"/> covers two columns of one width.
    const widths = [...xml.sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((m) =>
      Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, () => Number(m[3])),
    );
    expect(widths.length).toBe(3);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(90);
  });
});
