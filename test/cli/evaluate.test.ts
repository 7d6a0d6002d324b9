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

/**
 * The clean project table as a department hands it in before computing anything: 执行率 and the
 * indicators' 得分 left blank, so the write plan has cells to fill (formulas with cached results).
 */
function blankComputedWorkbook(): WorkbookSnapshot {
  const snapshot = cleanProjectSplit();
  const sheet = snapshot.sheets[0];
  const headerRow = sheet.values.findIndex((row) => row.includes('三级指标'));
  const scoreCol = sheet.values[headerRow].indexOf('得分');
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const isRate = typeof value === 'number' && (sheet.numberFormats?.[r]?.[c] ?? '').includes('%');
      const isIndicatorScore = r > headerRow && c === scoreCol && typeof sheet.values[r][1] === 'string';
      if (isRate || isIndicatorScore) row[c] = null;
    }),
  );
  return snapshot;
}

const WORKBOOKS: Array<[string, string, () => WorkbookSnapshot, string]> = [
  ['the seed workbook', '屏边县政务服务管理局-2023', seedWorkbook, '屏边县政务服务管理局'],
  [
    'a project table with 执行率 and 得分 left blank',
    '项目-待计算',
    blankComputedWorkbook,
    '政务服务窗口人员能力提升培训',
  ],
];

describe.each(WORKBOOKS)('jixiao evaluate on %s', (_label, baseName, build, expectedName) => {
  let dir: string;
  let input: string;
  let output: string;
  let run: ReturnType<typeof runCli>;
  let inputHash: string;

  beforeAll(async () => {
    dir = tempDir();
    input = await writeWorkbook(path.join(dir, `${baseName}.xlsx`), build());
    output = path.join(dir, `${baseName}.评估.xlsx`);
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
    expect(text).toContain(expectedName);
  });

  it('writes every planned cell with its formula, cached result and format, and no user cell changes', async () => {
    const before = build();
    const evaluation = evaluateWorkbook(before);
    const after = await readSnapshot(output);
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
          const where = `${sheetBefore.name}!${row},${col}`;
          expect({ where, value: sheetAfter.values[row][col] }).toEqual({ where, value });
        }),
      );
      expect(sheetAfter.merges).toEqual(expect.arrayContaining(sheetBefore.merges));
    }
  });

  it('writes the narrative as text with --text', () => {
    const text = fs.readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(text).toContain(expectedName);
    expect(text.split('\n').length).toBeGreaterThan(5);
  });

  it('prints a short summary naming the table, the score and where the output went', () => {
    expect(run.stdout).toContain(expectedName);
    expect(run.stdout).toMatch(/总分|执行率/);
    expect(run.stdout).toContain(output);
    expect(run.stdout.split('\n').length).toBeLessThan(40);
  });

  it('is idempotent: evaluating the evaluated workbook changes no score and writes no further cell', async () => {
    const again = path.join(dir, 'again.xlsx');
    const second = runCli(['evaluate', output, '--out', again, '--json', path.join(dir, 'again.json')]);
    expect(second.status).toBe(run.status);
    const first: JsonReport = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    const report: JsonReport = JSON.parse(fs.readFileSync(path.join(dir, 'again.json'), 'utf8'));
    const scores = (r: JsonReport) =>
      r.tables.map((t) => ({ total: t.total, grade: t.grade, scores: t.indicators.map((i) => i.score) }));
    expect(scores(report)).toEqual(scores(first));
    expect(userSheets(await readSnapshot(again))).toEqual(userSheets(await readSnapshot(output)));
  });
});

describe('the blank-computed workbook', () => {
  it('really gives the write plan formulas to fill (so the checks above are not vacuous)', () => {
    const cells = evaluateWorkbook(blankComputedWorkbook()).writePlan.cells;
    expect(cells.filter((write) => write.formula && write.value !== null).length).toBeGreaterThan(0);
    expect(cells.some((write) => write.purpose === 'executionRate')).toBe(true);
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
