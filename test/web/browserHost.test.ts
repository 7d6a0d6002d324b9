/**
 * The standalone page's host over the real package reader/writer and the real engine: the seed workbook written to .xlsx
 * bytes, loaded, evaluated, fixed, exported and undone.
 */
import * as ExcelJS from 'exceljs';
import { parseA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { FINDINGS_SHEET_NAME, REPORT_SHEET_NAME } from '../../src/engine/model';
import { evaluatedFileName } from '../../src/package/file-names';
import { createBrowserHost, importPackage } from '../../src/web/browserHost';
import { loadWorkbook, snapshotFromWorkbook, workbookFromSnapshot } from '../support/exceljs';
import { seedWorkbook } from '../fixtures/seed';

async function seedBytes(): Promise<ArrayBuffer> {
  const buffer = await workbookFromSnapshot(ExcelJS, seedWorkbook()).xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Read back with exceljs, an independent reader that lists every sheet (ours included). */
async function reopen(bytes: ArrayBuffer) {
  return snapshotFromWorkbook(await loadWorkbook(ExcelJS, new Uint8Array(bytes)));
}

function sheetNames(snapshot: { sheets: { name: string }[] }): string[] {
  return snapshot.sheets.map((sheet) => sheet.name);
}

describe('createBrowserHost', () => {
  it('loads, evaluates and exports the workbook with the write plan, 自评报告 and 评估结果', async () => {
    const host = createBrowserHost({ locale: 'zh-CN' });
    await host.loadFile('屏边.xlsx', await seedBytes());
    expect(host.fileName()).toBe('屏边.xlsx');
    expect(host.canUndo()).toBe(false);
    const { evaluation } = await host.evaluate();
    const expected = evaluateWorkbook(seedWorkbook());
    expect(evaluation.tables.map((table) => table.grade)).toEqual(expected.tables.map((table) => table.grade));
    expect(evaluation.findings.length).toBe(expected.findings.length);
    expect(host.canUndo()).toBe(true);

    const exported = await host.exportWorkbook();
    expect(exported.name).toBe('屏边.评估.xlsx');
    const snapshot = await reopen(exported.bytes);
    expect(sheetNames(snapshot)).toEqual(expect.arrayContaining([REPORT_SHEET_NAME, FINDINGS_SHEET_NAME]));
    // Every planned cell write is in the exported file.
    for (const write of evaluation.writePlan.cells) {
      const sheet = snapshot.sheets.find((candidate) => candidate.name === write.sheet)!;
      const { row, col } = parseA1(write.cell);
      expect(sheet.values[row]?.[col]).toEqual(write.value);
    }
  });

  it('applies fixes and undo restores the workbook as loaded', async () => {
    const host = createBrowserHost({ locale: 'zh-CN' });
    const original = await seedBytes();
    await host.loadFile('seed.xlsx', original);
    const { evaluation } = await host.evaluate();
    const fixes = evaluation.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    await host.applyFixes(fixes);
    const fixedSnapshot = await reopen((await host.exportWorkbook()).bytes);
    const firstFix = fixes[0];
    const { row, col } = parseA1(firstFix.cell);
    expect(fixedSnapshot.sheets.find((sheet) => sheet.name === firstFix.sheet)!.values[row][col]).toEqual(
      firstFix.value,
    );

    await host.undo();
    expect(host.canUndo()).toBe(false);
    await expect(host.exportWorkbook()).rejects.toThrow('请先点击“评估”');
    // Re-evaluating after undo sees the original workbook again: same findings as the first time.
    const { evaluation: again } = await host.evaluate();
    expect(again.findings.map((finding) => `${finding.code}@${finding.cell}`)).toEqual(
      evaluation.findings.map((finding) => `${finding.code}@${finding.cell}`),
    );
    // …and the generated sheets exist once, after the original ones.
    expect(sheetNames(await reopen((await host.exportWorkbook()).bytes))).toEqual([
      ...sheetNames(await reopen(original)),
      REPORT_SHEET_NAME,
      FINDINGS_SHEET_NAME,
    ]);
  });

  it.each([
    ['notes.txt', new TextEncoder().encode('hello'), '这不是 .xlsx 工作簿'],
    ['empty.xlsx', new Uint8Array(0), '文件是空的'],
    ['text.xlsx', new TextEncoder().encode('just some text, not a zip'), '不是 .xlsx 工作簿'],
  ])('rejects %s with a user-facing message naming the file', async (name, bytes, message) => {
    const host = createBrowserHost({ locale: 'zh-CN' });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const error = await host.loadFile(name, buffer).then(
      () => null,
      (rejection: Error) => rejection,
    );
    expect(error?.message).toContain(`无法打开“${name}”`);
    expect(error?.message).toContain(message);
    expect(host.fileName()).toBeNull();
  });

  it('keeps the previous workbook when a bad file is chosen afterwards, and speaks English for en-US', async () => {
    const host = createBrowserHost({ locale: 'en-US' });
    await host.loadFile('good.xlsx', await seedBytes());
    const truncated = (await seedBytes()).slice(0, 2000);
    await expect(host.loadFile('cut.xlsx', truncated)).rejects.toThrow(/Could not open “cut\.xlsx”: The file/);
    expect(host.fileName()).toBe('good.xlsx');
    expect((await host.evaluate()).evaluation.tables.length).toBeGreaterThan(0);
  });

  it('asks for a file before evaluating', async () => {
    const host = createBrowserHost({ locale: 'zh-CN' });
    await expect(host.evaluate()).rejects.toThrow('请先选择一个工作簿文件。');
  });

  it('names the result after the input and finds the package API through the lazy import', async () => {
    expect(evaluatedFileName('屏边县政务服务管理局-2023.xlsx')).toBe('屏边县政务服务管理局-2023.评估.xlsx');
    expect(evaluatedFileName('A.XLSX')).toBe('A.评估.xlsx');
    expect(evaluatedFileName('宏.xlsm')).toBe('宏.评估.xlsm');
    expect(typeof (await importPackage()).readPackage).toBe('function');
  });
});
