import * as ExcelJS from 'exceljs';
import { inspectXlsxBytes, loadWorkbook, XlsxInputError, workbookFromSnapshot } from '../support/exceljs';
import { cleanProjectSplit } from '../fixtures';
import { buildZip, cfbBytes, patchDeclaredSizes } from './zip-builder';

async function realXlsx(): Promise<Buffer> {
  return Buffer.from(await workbookFromSnapshot(ExcelJS, cleanProjectSplit()).xlsx.writeBuffer());
}

const problem = (bytes: Uint8Array) => {
  const result = inspectXlsxBytes(bytes);
  return result.ok ? 'ok' : result.problem;
};

describe('inspectXlsxBytes', () => {
  it('accepts a real workbook and lists its parts with their declared sizes', async () => {
    const bytes = await realXlsx();
    const result = inspectXlsxBytes(bytes);
    if (!result.ok) throw new Error(`rejected: ${result.problem}`);
    expect(result.entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']),
    );
    expect(result.totalUncompressed).toBeGreaterThan(bytes.length);
  });

  it('names the problem of each kind of bad input', async () => {
    const xlsx = await realXlsx();
    expect(problem(new Uint8Array(0))).toBe('empty');
    expect(problem(Buffer.from('项目支出绩效自评表\t100\n', 'utf8'))).toBe('notZip');
    expect(problem(cfbBytes(true))).toBe('encrypted');
    expect(problem(cfbBytes(false))).toBe('legacyXls');
    expect(problem(xlsx.subarray(0, Math.floor(xlsx.length / 2)))).toBe('truncated');
    expect(problem(xlsx.subarray(0, xlsx.length - 10))).toBe('truncated');
    expect(
      problem(
        buildZip([
          { name: 'word/document.xml', data: '<w/>' },
          { name: '[Content_Types].xml', data: '<T/>' },
        ]),
      ),
    ).toBe('notXlsx');
  });

  it('rejects declared sizes above the limits before anything is inflated', async () => {
    expect(problem(patchDeclaredSizes(await realXlsx(), 0xfffffff0))).toBe('tooLarge');
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4 * 1024 * 1024), deflate: true },
    ]);
    expect(bomb.length).toBeLessThan(20_000);
    const limits = { maxTotalUncompressed: 3 * 1024 * 1024, maxEntryUncompressed: 1024 * 1024 * 1024, maxEntries: 100 };
    const result = inspectXlsxBytes(bomb, limits);
    expect(result).toMatchObject({ ok: false, problem: 'tooLarge' });
    expect(inspectXlsxBytes(bomb, { ...limits, maxEntries: 2 })).toMatchObject({ ok: false, problem: 'tooLarge' });
  });
});

describe('loadWorkbook', () => {
  it('loads a real workbook', async () => {
    const workbook = await loadWorkbook(ExcelJS, await realXlsx());
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });

  it('throws XlsxInputError with the problem instead of an exceljs error', async () => {
    await expect(loadWorkbook(ExcelJS, cfbBytes(true))).rejects.toMatchObject({ problem: 'encrypted' });
    const broken = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: 'not xml <<<' },
    ]);
    const error = await loadWorkbook(ExcelJS, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxInputError);
    expect(error).toMatchObject({ problem: 'corrupt' });
  });
});
