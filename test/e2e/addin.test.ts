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

/** What the pane shows, to compare it with what a fresh 评估 shows. */
async function paneState(page: Session['page']) {
  return page.evaluate(() => {
    const texts = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => (element.textContent ?? '').trim());
    return {
      summary: texts('[data-testid=evaluation-summary]'),
      total: texts('[data-testid=headline-total]'),
      grades: texts('[data-testid=headline-grade]'),
      counts: texts('[data-testid=headline-counts]'),
      groups: texts('[data-testid=finding-group]'),
      tables: texts('[data-testid=table-summary]'),
    };
  });
}

async function openPane(width = 350): Promise<Session['page']> {
  const { page } = session;
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}/taskpane.html?${HOST_INFO}`);
  await page.getByRole('button', { name: '评估', exact: true }).waitFor();
  return page;
}

async function evaluateInPane(page: Session['page']): Promise<void> {
  await page.getByRole('button', { name: '评估', exact: true }).click();
  await page.getByTestId('written-summary').waitFor({ timeout: 60_000 });
}

describe('add-in task pane over the office.js stub', () => {
  it('evaluates, shows the headline and what was written, goes to a finding, fixes and undoes', async () => {
    const page = await openPane();
    const expected = evaluateWorkbook(seedWorkbook());
    const fixable = expected.findings.find((finding) => finding.fix)!;
    expect(officeJsRequests).toHaveLength(1);
    const sheetsBefore = await fakeSheetNames();
    expect(sheetsBefore).not.toContain(REPORT_SHEET_NAME);
    const original = await fakeCell(fixable.fix!.sheet, fixable.fix!.cell);

    await evaluateInPane(page);
    // The headline: total, grade and counts; what was written, with links to the new sheets.
    await expect(page.getByTestId('headline-total').textContent()).resolves.toBe('98.4');
    await expect(page.getByTestId('headline-grade').textContent()).resolves.toContain('优');
    await expect(page.getByTestId('written-summary').textContent()).resolves.toBe(
      '未改动原有单元格，新增 2 张工作表：自评报告、评估结果。',
    );
    await expect(page.getByTestId('finding').count()).resolves.toBe(expected.findings.length);
    expect(await fakeSheetNames()).toContain(REPORT_SHEET_NAME);
    await screenshot(page, 'addin-evaluated-350');
    await screenshot(page, 'addin-pane-350', { fullPage: false }); // the first screen, as in the README
    await page.getByTestId('written-sheet-link').filter({ hasText: REPORT_SHEET_NAME }).click();
    await page.waitForFunction(
      (sheet) => (window as unknown as { __jixiaoFake: FakeView }).__jixiaoFake.selection?.sheet === sheet,
      REPORT_SHEET_NAME,
    );

    // Go to a finding: Excel's selection moves there.
    const group = page.getByTestId('finding-group').filter({ hasText: `${fixable.sheet}!${fixable.cell}` });
    await group.getByTestId('finding').first().getByRole('button').first().click();
    await page.waitForFunction(
      ([sheet, cell]) => {
        const selection = (window as unknown as { __jixiaoFake: FakeView }).__jixiaoFake.selection;
        return selection?.sheet === sheet && selection.address.replace(/\$/g, '').startsWith(cell);
      },
      [fixable.sheet, fixable.cell] as const,
    );

    // 修正 shows its value first and writes it, with the typed total it makes wrong.
    await expect(group.getByTestId('fix-preview').textContent()).resolves.toBe('J6：4 → 3.83');
    await expect(group.getByTestId('fix-follow-up').textContent()).resolves.toBe('同时将总分 98.4 改为 98.23');
    await group.getByRole('button', { name: /^修正/ }).click();
    await page.getByTestId('applied-fix').first().waitFor();
    expect((await fakeCell(fixable.fix!.sheet, fixable.fix!.cell)).value).toEqual(fixable.fix!.value);
    expect((await fakeCell(fixable.sheet, 'J32')).value).toBe(98.23);
    await expect(page.getByTestId('headline-total').textContent()).resolves.toBe('98.23');
    await screenshot(page, 'addin-fixed-350');
    // The confirmation appears beside the findings and goes away by itself.
    const findingsSection = page.locator('section[aria-labelledby=jx-findings-heading]');
    await findingsSection.getByText('已修正 2 处。').first().waitFor();
    await findingsSection.getByText('已修正 2 处。').first().waitFor({ state: 'detached', timeout: 15_000 });

    // 撤销本次评估 restores the cells and removes the generated sheets.
    await page.getByRole('button', { name: '撤销本次评估' }).click();
    await page.getByText('已撤销本次评估写入的内容。').first().waitFor();
    expect(await fakeCell(fixable.fix!.sheet, fixable.fix!.cell)).toEqual(original);
    expect(await fakeSheetNames()).toEqual(sheetsBefore);
    // …and the pane shows the restored workbook's evaluation, as a fresh 评估 would.
    await expect(page.getByTestId('headline-total').textContent()).resolves.toBe('98.4');

    expect(externalRequests(session.requests, origin)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('after 修正 the pane equals what a fresh 评估 shows', async () => {
    const page = await openPane();
    await evaluateInPane(page);
    await page.getByTestId('finding-group').filter({ hasText: '!J6' }).getByRole('button', { name: /^修正/ }).click();
    await page.getByTestId('applied-fix').first().waitFor();
    const afterFix = await paneState(page);
    await evaluateInPane(page);
    await page.getByTestId('applied-fix').waitFor({ state: 'detached' });
    expect(afterFix).toEqual(await paneState(page));
    // The score is fixed and the typed total with it: no finding left at either cell.
    expect(afterFix.groups.filter((group) => /!J(6|32)\b/.test(group))).toEqual([]);
    expect(afterFix.total).toEqual(['98.23']);
    expect(session.errors).toEqual([]);
  });

  it('after 全部修正 the pane equals what a fresh 评估 shows', async () => {
    const page = await openPane();
    await evaluateInPane(page);
    await page.getByTestId('fix-all').click();
    await page.getByTestId('applied-fix').first().waitFor();
    const afterFix = await paneState(page);
    expect(afterFix.groups.join('')).not.toContain('J6：');
    await evaluateInPane(page);
    await page.getByTestId('applied-fix').waitFor({ state: 'detached' });
    expect(afterFix).toEqual(await paneState(page));
    expect(session.errors).toEqual([]);
  });

  it('works from the keyboard: 评估, arrow keys between findings, Enter to go, 修正', async () => {
    const page = await openPane(1280);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('评估');
    await page.keyboard.press('Enter');
    await page.getByTestId('written-summary').waitFor({ timeout: 60_000 });
    await screenshot(page, 'addin-evaluated-1280');
    const first = page.getByTestId('finding').first().getByRole('button').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = page.getByTestId('finding').nth(1).getByRole('button').first();
    await expect(second.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const cell = await second.evaluate((element) => element.getAttribute('aria-label'));
    await page.waitForFunction((label) => {
      const selection = (window as unknown as { __jixiaoFake: FakeView }).__jixiaoFake.selection;
      return Boolean(
        selection &&
        label &&
        label.includes(`${selection.sheet}!${selection.address.replace(/\$/g, '').split(':')[0]}`),
      );
    }, cell);
    // Tab reaches the fix button of the J6 finding; Enter applies it.
    const fix = page.getByTestId('finding-group').filter({ hasText: '!J6' }).getByRole('button', { name: /^修正/ });
    await fix.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('applied-fix').first().waitFor();
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
