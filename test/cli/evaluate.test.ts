/** `jixiao evaluate` driven as a subprocess on workbooks generated from the shared fixtures. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { FINDINGS_SHEET_NAME, GENERATED_SHEET_NAMES, REPORT_SHEET_NAME } from '../../src/engine/model';
import type { JsonReport } from '../../src/engine/report';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { CLEAN_PROJECT_TOTAL, cleanProjectSplit, seedWorkbook } from '../fixtures';
import { ensureCliBuilt, readSnapshot, readWorkbook, runCli, sha256, tempDir, writeWorkbook } from './helpers';

beforeAll(() => ensureCliBuilt(), 240_000);

const userSheets = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.filter((sheet) => !GENERATED_SHEET_NAMES.includes(sheet.name));

/** The clean project table with its 总分 typed wrong: 总分 ≠ Σ得分 is an error-level finding (SPEC §6). */
function wrongTotalWorkbook(): WorkbookSnapshot {
  const snapshot = cleanProjectSplit();
  let changed = 0;
  for (const sheet of snapshot.sheets) {
    for (const row of sheet.values) {
      row.forEach((value, col) => {
        if (value === CLEAN_PROJECT_TOTAL) {
          row[col] = 80;
          changed++;
        }
      });
    }
  }
  expect(changed).toBe(1);
  return snapshot;
}

describe('jixiao evaluate on the seed workbook', () => {
  let dir: string;
  let input: string;
  let output: string;
  let run: ReturnType<typeof runCli>;
  let inputHash: string;

  beforeAll(async () => {
    dir = tempDir();
    input = await writeWorkbook(path.join(dir, '屏边县政务服务管理局-2023.xlsx'), seedWorkbook());
    output = path.join(dir, '屏边县政务服务管理局-2023.评估.xlsx');
    inputHash = sha256(input);
    run = runCli(['evaluate', input, '--json', path.join(dir, 'report.json'), '--text', path.join(dir, 'report.txt')]);
  });

  it('exits 0 or 1 according to error-level findings, and leaves the input byte-identical', () => {
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(report.summary.errors > 0 ? 1 : 0);
    expect(sha256(input)).toBe(inputHash);
  });

  it('writes <name>.评估.xlsx beside the input with the 自评报告 and 评估结果 sheets', async () => {
    const snapshot = await readSnapshot(output);
    const names = snapshot.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining([REPORT_SHEET_NAME, FINDINGS_SHEET_NAME]));
    const reportSheet = snapshot.sheets.find((sheet) => sheet.name === REPORT_SHEET_NAME)!;
    const text = reportSheet.values
      .flat()
      .filter((value) => typeof value === 'string')
      .join('\n');
    expect(text).toContain('屏边县政务服务管理局');
  });

  it('writes every planned cell with its formula and cached result, and no user cell changes', async () => {
    const evaluation = evaluateWorkbook(seedWorkbook());
    const before = seedWorkbook();
    const after = await readSnapshot(output);
    const planned = new Set(evaluation.writePlan.cells.map((write) => `${write.sheet}!${write.cell}`));
    for (const write of evaluation.writePlan.cells) {
      const { row, col } = parseA1(write.cell);
      const sheet = after.sheets.find((s) => s.name === write.sheet)!;
      // never onto a cell the user filled
      expect(before.sheets.find((s) => s.name === write.sheet)!.values[row]?.[col] ?? null).toBeNull();
      expect(sheet.values[row][col]).toEqual(write.value);
      if (write.formula) expect(sheet.formulas?.[row][col]).toBe(write.formula);
      if (write.numberFormat) expect(sheet.numberFormats?.[row][col]).toBe(write.numberFormat);
    }
    for (const sheetBefore of before.sheets) {
      const sheetAfter = after.sheets.find((s) => s.name === sheetBefore.name)!;
      sheetBefore.values.forEach((line, row) =>
        line.forEach((value, col) => {
          if (value === null || value === '') return;
          expect({ cell: `${sheetBefore.name}!${row},${col}`, value: sheetAfter.values[row][col] }).toEqual({
            cell: `${sheetBefore.name}!${row},${col}`,
            value,
          });
        }),
      );
      expect(sheetAfter.merges).toEqual(expect.arrayContaining(sheetBefore.merges));
    }
    expect(planned.size).toBe(evaluation.writePlan.cells.length);
  });

  it('writes the narrative as text with --text', () => {
    const text = fs.readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(text).toContain('屏边县政务服务管理局');
    expect(text.split('\n').length).toBeGreaterThan(10);
  });

  it('prints a short summary naming the table, the score and where the output went', () => {
    expect(run.stdout).toContain('部门整体支出绩效单位自评表');
    expect(run.stdout).toContain(output);
    expect(run.stdout.split('\n').length).toBeLessThan(40);
  });

  it('is idempotent: evaluating the evaluated workbook changes no score and writes no further cell', async () => {
    const again = path.join(dir, 'again.xlsx');
    const second = runCli(['evaluate', output, '--out', again, '--json', path.join(dir, 'again.json')]);
    expect([0, 1]).toContain(second.status);
    const first: JsonReport = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    const report: JsonReport = JSON.parse(fs.readFileSync(path.join(dir, 'again.json'), 'utf8'));
    const scores = (r: JsonReport) =>
      r.tables.map((t) => ({ total: t.total, grade: t.grade, scores: t.indicators.map((i) => i.score) }));
    expect(scores(report)).toEqual(scores(first));
    expect(userSheets(await readSnapshot(again))).toEqual(userSheets(await readSnapshot(output)));
  });
});

describe('jixiao evaluate exit codes and outputs', () => {
  it('exits 0 on a clean table and 1 when a finding is an error', async () => {
    const dir = tempDir();
    const clean = await writeWorkbook(path.join(dir, 'clean.xlsx'), cleanProjectSplit());
    const wrong = await writeWorkbook(path.join(dir, 'wrong.xlsx'), wrongTotalWorkbook());
    const cleanRun = runCli(['evaluate', clean, '--json', '-']);
    expect(cleanRun.status).toBe(0);
    expect(JSON.parse(cleanRun.stdout).summary.errors).toBe(0);
    const wrongRun = runCli(['evaluate', wrong, '--json', '-']);
    expect(wrongRun.status).toBe(1);
    const report = JSON.parse(wrongRun.stdout);
    expect(report.findings.some((finding: { severity: string }) => finding.severity === 'error')).toBe(true);
  });

  it('--json - prints only the JSON report on stdout (the summary goes to stderr)', async () => {
    const dir = tempDir();
    const input = await writeWorkbook(path.join(dir, 'p.xlsx'), cleanProjectSplit());
    const run = runCli(['evaluate', input, '--json', '-']);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ version: 1, file: input, profile: 'national' });
    expect(report.tables[0].kind).toBe('project');
    expect(run.stderr).toContain(input);
  });

  it('--out puts the evaluated workbook where asked; --lang en prints English', async () => {
    const dir = tempDir();
    const input = await writeWorkbook(path.join(dir, 'p.xlsx'), cleanProjectSplit());
    const out = path.join(dir, 'sub', 'evaluated.xlsx');
    const run = runCli(['evaluate', input, '--out', out, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Written:');
    expect((await readWorkbook(out)).getWorksheet(REPORT_SHEET_NAME)).toBeDefined();
    expect(fs.existsSync(path.join(dir, 'p.评估.xlsx'))).toBe(false);
  });
});
