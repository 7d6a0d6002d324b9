/**
 * The standalone page in real Chromium, served from the production dist/ on 127.0.0.1: pick a workbook,
 * 评估, see grade and findings, click a finding, 下载评估结果 and check the downloaded file with the engine;
 * a malformed file gives a message and the page keeps working; no request leaves the machine and office.js
 * is never loaded.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import type { Server } from 'http';
import * as path from 'path';
import { parseA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { FINDINGS_SHEET_NAME, REPORT_SHEET_NAME } from '../../src/engine/model';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { loadWorkbook, snapshotFromWorkbook, workbookFromSnapshot } from '../support/exceljs';
import { seedWorkbook } from '../fixtures/seed';
import { projectWorkbook } from '../../bench/generate';
import { ARTIFACTS, ROOT, ensureDistBuilt } from './support/build';
import { externalRequests, openSession, screenshot, startServer, type Session } from './support/browser';

jest.setTimeout(15 * 60_000);

const EXAMPLE = path.join(ROOT, 'examples', '屏边县政务服务管理局-2023.xlsx');

/** The shipped example when it exists, else the seed fixture written as .xlsx by the adapter. */
async function inputWorkbook(): Promise<string> {
  if (fs.existsSync(EXAMPLE)) return EXAMPLE;
  const file = path.join(ARTIFACTS, 'e2e', '屏边县政务服务管理局-2023.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbookFromSnapshot(ExcelJS, seedWorkbook()).xlsx.writeFile(file);
  return file;
}

async function readSnapshot(file: string): Promise<WorkbookSnapshot> {
  return snapshotFromWorkbook(await loadWorkbook(ExcelJS, new Uint8Array(fs.readFileSync(file))));
}

let server: Server;
let origin: string;
let session: Session;

beforeAll(async () => {
  ensureDistBuilt();
  ({ server, origin } = await startServer());
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

beforeEach(async () => {
  session = await openSession(origin);
});

afterEach(async () => {
  await session?.close();
});

describe('standalone page', () => {
  it('evaluates a chosen workbook and downloads the evaluated file, all on this machine', async () => {
    const { page } = session;
    const input = await inputWorkbook();
    const inputSnapshot = await readSnapshot(input);
    const expected = evaluateWorkbook(inputSnapshot);
    expect(expected.tables.length).toBeGreaterThan(0);

    await page.setViewportSize({ width: 350, height: 900 });
    await page.goto(`${origin}/index.html`);
    const evaluateButton = page.getByRole('button', { name: '评估', exact: true });
    await expect(evaluateButton.isDisabled()).resolves.toBe(true);

    await page.getByTestId('file-input').setInputFiles(input);
    await page.getByTestId('loaded-file').waitFor();
    await expect(evaluateButton.isEnabled()).resolves.toBe(true);
    await evaluateButton.click();

    await page.getByTestId('evaluation-summary').waitFor({ timeout: 60_000 });
    const grades = await page.getByTestId('grade-badge').allTextContents();
    expect(grades).toEqual(expected.tables.filter((table) => table.grade).map((table) => table.grade));
    expect(grades).toContain('优');
    const findings = page.getByTestId('finding');
    const shownCodes = await findings.evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(shownCodes.sort()).toEqual(expected.findings.map((finding) => finding.code).sort());
    expect(expected.findings.length).toBeGreaterThan(0);
    await screenshot(page, 'standalone-evaluated-350');

    // Click a finding: it becomes the current one and its cell is named.
    const firstButton = findings.first().getByRole('button').first();
    await firstButton.click();
    await expect(firstButton.getAttribute('aria-current')).resolves.toBe('true');
    const first = expected.findings.find((finding) => finding.severity === 'error') ?? expected.findings[0];
    await page.getByText(`已选中 ${first.sheet}!${first.cell}`, { exact: false }).waitFor();

    // 复制全文 in a browser without clipboard permission falls back and still tells the user something.
    await page.getByRole('button', { name: '复制全文' }).click({ timeout: 60_000 });
    await page
      .locator('[role=status], [role=alert]')
      .filter({ hasText: /已复制|Ctrl\+C/ })
      .first()
      .waitFor();

    // The report's markers are counted and can be walked through; 下载 Word gives a .docx.
    await expect(page.getByTestId('marker-count').textContent()).resolves.toMatch(/^待处理标记 \d+ 处/);
    await page.getByRole('button', { name: '下一处' }).click();
    await expect(page.locator('mark[aria-current]').count()).resolves.toBe(1);
    await expect(page.locator('mark[aria-current]').evaluate((mark) => mark === document.activeElement)).resolves.toBe(
      true,
    );
    const wordPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Word' }).click();
    const word = await wordPromise;
    expect(word.suggestedFilename()).toBe('自评报告.docx');
    const wordFile = path.join(ARTIFACTS, 'e2e', '自评报告.docx');
    await word.saveAs(wordFile);
    const documentXml = await (
      await JSZip.loadAsync(fs.readFileSync(wordFile))
    )
      .file('word/document.xml')!
      .async('string');
    expect(documentXml).toContain(expected.narrative.paragraphs[0].text);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载评估结果' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${path.basename(input, '.xlsx')}.评估.xlsx`);
    const saved = path.join(ARTIFACTS, 'e2e', download.suggestedFilename());
    await download.saveAs(saved);

    const result = await readSnapshot(saved);
    const names = result.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining([REPORT_SHEET_NAME, FINDINGS_SHEET_NAME]));
    for (const write of expected.writePlan.cells) {
      const sheet = result.sheets.find((candidate) => candidate.name === write.sheet)!;
      const { row, col } = parseA1(write.cell);
      expect({ cell: `${write.sheet}!${write.cell}`, value: sheet.values[row]?.[col] }).toEqual({
        cell: `${write.sheet}!${write.cell}`,
        value: write.value,
      });
    }
    const report = result.sheets.find((sheet) => sheet.name === REPORT_SHEET_NAME)!;
    const reportText = report.values
      .flat()
      .filter((value) => typeof value === 'string')
      .join('\n');
    expect(reportText).toContain(expected.narrative.paragraphs[0].text);
    // The evaluated file reads back as the same tables with the same grades.
    const reevaluated = evaluateWorkbook(result);
    expect(reevaluated.tables.map((table) => table.grade)).toEqual(expected.tables.map((table) => table.grade));

    expect(externalRequests(session.requests, origin)).toEqual([]);
    expect(session.requests.filter((url) => /office-js|office\.js/.test(url))).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('explains a malformed file and keeps working', async () => {
    const { page } = session;
    await page.goto(`${origin}/taskpane.html`);
    await page.getByTestId('file-input').setInputFiles({
      name: '坏文件.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('这不是一个工作簿'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('无法打开“坏文件.xlsx”');
    await screenshot(page, 'standalone-malformed');
    await expect(page.getByRole('button', { name: '评估', exact: true }).isDisabled()).resolves.toBe(true);

    await page.getByTestId('file-input').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    await page.getByText('这不是 .xlsx 工作簿', { exact: false }).first().waitFor();

    // A good file afterwards works as usual.
    await page.getByTestId('file-input').setInputFiles(await inputWorkbook());
    await page.getByTestId('loaded-file').waitFor();
    // Opening a good file dismisses the messages about the bad ones (after their exit animation).
    await page.waitForFunction(() => document.querySelectorAll('[role=alert]').length === 0);
    await page.getByRole('button', { name: '评估', exact: true }).click();
    await page.getByTestId('grade-badge').first().waitFor({ timeout: 60_000 });

    // A workbook without any self-evaluation table: a clear warning, no crash.
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1').getCell('A1').value = '备注';
    await page.getByTestId('file-input').setInputFiles({
      name: '空表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await empty.xlsx.writeBuffer()),
    });
    await page.getByText('已打开：空表.xlsx').waitFor();
    await page.getByRole('button', { name: '评估', exact: true }).click();
    await page.getByText('未找到绩效自评表').first().waitFor();

    expect(externalRequests(session.requests, origin)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('shows progress on the 200-sheet workbook and stays responsive while it works', async () => {
    const { page } = session;
    const file = path.join(ARTIFACTS, 'e2e', 'bench-200.xlsx');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await workbookFromSnapshot(ExcelJS, projectWorkbook(200, 30, 7)).xlsx.writeFile(file);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/index.html`);
    // A heartbeat on the page's main thread: the longest gap between ticks is how long the page froze.
    await page.evaluate(() => {
      const beat = window as unknown as { __gaps: number[]; __last: number };
      beat.__gaps = [];
      beat.__last = performance.now();
      setInterval(() => {
        const now = performance.now();
        beat.__gaps.push(now - beat.__last);
        beat.__last = now;
      }, 50);
    });
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('loaded-file').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: '评估', exact: true }).click();
    const progress = page.getByTestId('evaluation-progress');
    await progress.waitFor({ timeout: 30_000 });
    await screenshot(page, 'standalone-progress-1280');
    // The worker reads, evaluates and writes; the page's heartbeat keeps ticking meanwhile.
    await page.getByTestId('evaluation-summary').waitFor({ timeout: 300_000 });
    const gaps = await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
    expect(gaps.length).toBeGreaterThan(10);
    const longest = Math.max(...gaps);
    // Rendering the 200 table cards at the end is the only main-thread work; reading and evaluating are not.
    expect(longest).toBeLessThan(3000);
    await expect(page.getByTestId('evaluation-summary').textContent()).resolves.toContain('已评估 200 张表');
    await screenshot(page, 'standalone-200-evaluated-1280');
    expect(session.errors).toEqual([]);
  });
});
