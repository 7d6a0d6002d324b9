/**
 * The 自评报告 sheet of the seed workbook written by the package writer (CLI, standalone page), read back
 * from the saved file's XML: text cells in the text format (numFmtId 49, '@'), wrapped, each row with its
 * planned height, A4 portrait fitted to one page wide, columns within the page.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { GeneratedSheet } from '../../src/engine/model';
import { readPackage, writeEvaluated } from '../../src/package';
import { NODE_CODEC } from '../../src/package/node';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', '屏边县政务服务管理局-2023.xlsx');

async function savedReport(): Promise<{ sheet: string; styles: string; report: GeneratedSheet }> {
  const bytes = new Uint8Array(readFileSync(EXAMPLE));
  const evaluation = evaluateWorkbook(readPackage(bytes, EXAMPLE, NODE_CODEC));
  const zip = await JSZip.loadAsync(writeEvaluated(bytes, evaluation, NODE_CODEC));
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = /<sheet [^>]*name="自评报告"[^>]*r:id="([^"]+)"/.exec(workbookXml)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const sheetPath = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
  return {
    sheet: await zip.file(sheetPath)!.async('string'),
    styles: await zip.file('xl/styles.xml')!.async('string'),
    report: evaluation.writePlan.sheets.find((s) => s.name === '自评报告')!,
  };
}

describe('package writer: the 自评报告 sheet of the seed', () => {
  let saved: Awaited<ReturnType<typeof savedReport>>;
  beforeAll(async () => {
    saved = await savedReport();
  });

  test('A4 portrait, fitted to one page wide', () => {
    expect(saved.sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(saved.sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="portrait"/);
    expect(saved.sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
  });

  test('every row has its planned height', () => {
    const heights = [...saved.sheet.matchAll(/<row [^>]*?\sht="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual(saved.report.rowHeights);
    expect(Math.max(...heights)).toBeGreaterThan(100); // the long 二（一） paragraph
  });

  test('paragraph cells are text-formatted and wrapped', () => {
    const styleIndex = Number(/<c r="A2" [^>]*s="(\d+)"/.exec(saved.sheet)![1]);
    const cellXfs = saved.styles.slice(saved.styles.indexOf('<cellXfs'));
    const style = [...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs)][styleIndex][0];
    expect(style).toMatch(/numFmtId="49"/);
    expect(style).toMatch(/wrapText="1"/);
  });

  test('the columns fit an A4 page (about 86 characters with normal margins)', () => {
    const widths = [...saved.sheet.matchAll(/<col min="(\d+)" max="(\d+)" [^>]*width="([\d.]+)"/g)].flatMap((m) =>
      Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, () => Number(m[3])),
    );
    expect(widths.length).toBe(3);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(90);
  });
});
