/**
 * The 自评报告 sheet through the Office.js host (against the Excel fake): text cells in the text format '@'
 * and wrapped, every row given the height of its wrapped text, A4 portrait one page wide where the API
 * has page layout (ExcelApi 1.9), and written all the same where it has not.
 */
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { WritePlan } from '../../src/engine/model';
import { createExcelHostWith } from '../../src/excel/host';
import { FakeWorkbook } from '../fakes/excel-fake';
import { seedWorkbook } from '../fixtures';
import { excelRun, fixedEvaluation } from './helpers';

function reportPlan(): WritePlan {
  const { writePlan } = evaluateWorkbook(seedWorkbook());
  return { cells: [], sheets: writePlan.sheets.filter((sheet) => sheet.name === '自评报告') };
}

async function evaluateWith(supports19: boolean) {
  const fake = FakeWorkbook.fromSnapshot(seedWorkbook());
  const plan = reportPlan();
  const { evaluate } = fixedEvaluation(plan);
  const host = createExcelHostWith({
    evaluate,
    run: excelRun(fake),
    locale: 'zh-CN',
    supportsApi: (version) => supports19 || version !== '1.9',
  });
  await host.evaluate();
  const dump = fake.dump().sheets.find((sheet) => sheet.name === '自评报告')!;
  return { fake, dump, generated: plan.sheets[0] };
}

describe('Excel host: the 自评报告 sheet', () => {
  it('writes text as text (@), wrapped, with the planned row heights, on A4 portrait one page wide', async () => {
    const { dump, generated } = await evaluateWith(true);
    const paragraphCells = Object.entries(dump.cells).filter(([address]) => /^A\d+$/.test(address));
    expect(paragraphCells.length).toBe(generated.rows.length);
    for (const [, cell] of paragraphCells) expect(cell.numberFormat).toBe('@');
    const body = dump.cells.A2;
    expect(body).toMatchObject({ numberFormat: '@', wrap: true, bold: true });
    const heights = generated.rowHeights!;
    expect(Object.keys(dump.rowHeights ?? {})).toHaveLength(generated.rows.length);
    expect(dump.rowHeights).toEqual(Object.fromEntries(heights.map((height, row) => [String(row), height])));
    // A long paragraph gets several lines' height, a heading one line's.
    expect(Math.max(...heights)).toBeGreaterThan(100);
    expect(Math.min(...heights)).toBeLessThan(20);
    expect(dump.pageLayout).toEqual({
      paperSize: 'A4',
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  it('without ExcelApi 1.9 the sheet is written the same, only without page layout', async () => {
    const withLayout = await evaluateWith(true);
    const without = await evaluateWith(false);
    expect(without.dump.pageLayout).toBeUndefined();
    expect({ ...without.dump }).toEqual({ ...withLayout.dump, pageLayout: undefined });
  });
});
