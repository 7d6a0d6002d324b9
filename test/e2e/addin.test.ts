/**
 * The built task pane in real Chromium as Office would load it (`_host_Info` in the URL), with our office.js
 * replaced by the office.js stub over an in-memory Excel fake holding the seed workbook: 评估, go to a
 * finding, apply a fix, undo — checking the fake workbook after each step.
 */
import type { Server } from 'http';
import * as fs from 'fs';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { REPORT_SHEET_NAME } from '../../src/engine/model';
import { seedWorkbook } from '../fixtures/seed';
import { STUB_BUNDLE, ensureDistBuilt, ensureStubBuilt } from './support/build';
import { externalRequests, openSession, screenshot, startServer, type Session } from './support/browser';

jest.setTimeout(15 * 60_000);

const HOST_INFO = '_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

interface FakeView {
  sheetNames: string[];
  selection: { sheet: string; address: string } | null;
  cell(sheet: string, address: string): unknown;
}

let server: Server;
let origin: string;
let session: Session;
let officeJsRequests: string[];

beforeAll(async () => {
  ensureDistBuilt();
  ensureStubBuilt();
  ({ server, origin } = await startServer());
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

beforeEach(async () => {
  session = await openSession(origin);
  officeJsRequests = [];
  const stub = fs.readFileSync(STUB_BUNDLE, 'utf8');
  await session.page.route('**/office-js/office.js', (route) => {
    officeJsRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: stub });
  });
});

afterEach(async () => {
  await session?.close();
});

async function fakeCell(sheet: string, address: string): Promise<{ value: unknown; formula: unknown }> {
  return session.page.evaluate(
    ([sheetName, cellAddress]) => {
      const fake = (
        window as unknown as { __jixiaoFake: { cell(s: string, a: string): { value: unknown; formula: unknown } } }
      ).__jixiaoFake;
      const cell = fake.cell(sheetName, cellAddress);
      return { value: cell.value, formula: cell.formula };
    },
    [sheet, address] as const,
  );
}

async function fakeSheetNames(): Promise<string[]> {
  return session.page.evaluate(() =>
    (window as unknown as { __jixiaoFake: { sheets: { name: string }[] } }).__jixiaoFake.sheets.map((s) => s.name),
  );
}

describe('add-in task pane over the office.js stub', () => {
  it('evaluates, goes to a finding, applies a fix and undoes, in the workbook', async () => {
    const { page } = session;
    const expected = evaluateWorkbook(seedWorkbook());
    const fixable = expected.findings.find((finding) => finding.fix);
    expect(fixable).toBeDefined();

    await page.goto(`${origin}/taskpane.html?${HOST_INFO}`);
    const evaluateButton = page.getByRole('button', { name: '评估', exact: true });
    await evaluateButton.waitFor();
    expect(officeJsRequests).toHaveLength(1);
    const sheetsBefore = await fakeSheetNames();
    expect(sheetsBefore).not.toContain(REPORT_SHEET_NAME);
    const original = await fakeCell(fixable!.fix!.sheet, fixable!.fix!.cell);

    await evaluateButton.click();
    await page.getByTestId('evaluation-summary').waitFor({ timeout: 60_000 });
    const grades = await page.getByTestId('grade-badge').allTextContents();
    expect(grades).toContain('优');
    await expect(page.getByTestId('finding').count()).resolves.toBe(expected.findings.length);
    expect(await fakeSheetNames()).toContain(REPORT_SHEET_NAME);
    // A computed value of the write plan is in the workbook.
    const write = expected.writePlan.cells[0];
    if (write) expect((await fakeCell(write.sheet, write.cell)).value).toEqual(write.value);
    await screenshot(page, 'addin-evaluated');

    // Go to a finding: Excel's selection moves there.
    const target = expected.findings[0];
    await page
      .getByTestId('finding')
      .filter({ hasText: `${target.sheet}!${target.cell}` })
      .first()
      .getByRole('button')
      .first()
      .click();
    await page.waitForFunction(
      ([sheet, cell]) => {
        const selection = (window as unknown as { __jixiaoFake: { selection: FakeView['selection'] } }).__jixiaoFake
          .selection;
        return selection?.sheet === sheet && selection.address.replace(/\$/g, '').startsWith(cell);
      },
      [target.sheet, target.cell] as const,
    );

    // 修正 on the fixable finding writes the fix into the cell.
    const fixableItem = page
      .getByTestId('finding')
      .filter({ hasText: `${fixable!.sheet}!${fixable!.cell}` })
      .first();
    await fixableItem.getByRole('button', { name: '修正' }).click();
    await fixableItem.getByText('已修正').waitFor();
    const fixedCell = await fakeCell(fixable!.fix!.sheet, fixable!.fix!.cell);
    expect(fixedCell.value).toEqual(fixable!.fix!.value);
    if (fixable!.fix!.formula) expect(fixedCell.formula).toBe(fixable!.fix!.formula);
    await screenshot(page, 'addin-fixed');

    // 撤销本次评估 restores the cell and removes the generated sheets.
    await page.getByRole('button', { name: '撤销本次评估' }).click();
    await page.getByText('已撤销本次评估写入的内容。').waitFor();
    expect(await fakeCell(fixable!.fix!.sheet, fixable!.fix!.cell)).toEqual(original);
    expect(await fakeSheetNames()).toEqual(sheetsBefore);
    await screenshot(page, 'addin-undone');

    expect(externalRequests(session.requests, origin)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('speaks English when Office says the display language is English', async () => {
    const { page } = session;
    await page.goto(`${origin}/taskpane.html?${HOST_INFO}&lang=en-US`);
    await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
    await page.getByText(/Evaluated \d+ table\(s\)/).waitFor({ timeout: 60_000 });
    expect(externalRequests(session.requests, origin)).toEqual([]);
  });

  it('says so when office.js cannot be loaded', async () => {
    const { page } = session;
    await page.unroute('**/office-js/office.js');
    await page.route('**/office-js/office.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${origin}/taskpane.html?${HOST_INFO}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('无法加载 Office 运行库');
  });
});
