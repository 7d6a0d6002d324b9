/** `jixiao batch` on a folder with good, bad, lock and already-evaluated files. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanProjectSplit, langfang2019, seedWorkbook } from '../fixtures';
import { ensureCliBuilt, readSnapshot, runCli, sha256, tempDir, writeWorkbook } from './helpers';

beforeAll(() => ensureCliBuilt(), 240_000);

describe('jixiao batch', () => {
  let dir: string;
  let run: ReturnType<typeof runCli>;
  let files: Record<string, string>;
  let hashes: Record<string, string>;

  beforeAll(async () => {
    dir = tempDir();
    const inbox = path.join(dir, '收件箱');
    files = {
      seed: await writeWorkbook(path.join(inbox, '屏边县政务服务管理局.xlsx'), seedWorkbook()),
      project: await writeWorkbook(path.join(inbox, '乡镇', '廊坊项目.xlsx'), langfang2019()),
      clean: await writeWorkbook(path.join(inbox, '乡镇', 'clean.xlsx'), cleanProjectSplit()),
      bad: path.join(inbox, '坏文件.xlsx'),
    };
    fs.writeFileSync(files.bad, 'this is not a workbook');
    // never inputs: an Excel lock file and a previous output
    fs.writeFileSync(path.join(inbox, '~$屏边县政务服务管理局.xlsx'), 'lock');
    await writeWorkbook(path.join(inbox, '屏边县政务服务管理局.评估.xlsx'), seedWorkbook());
    fs.writeFileSync(path.join(inbox, 'readme.txt'), 'not an input');
    hashes = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, sha256(file)]));
    run = runCli([
      'batch',
      inbox,
      '--summary',
      path.join(dir, '汇总.xlsx'),
      '--json-dir',
      path.join(dir, 'json'),
      '--jobs',
      '2',
    ]);
  });

  it('reports the bad file on stderr, goes on with the rest, and exits 2', () => {
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('坏文件.xlsx');
    expect(run.stdout).toMatch(/共 4 个文件：已评估 3 个，无法评估 1 个/);
  });

  it('writes a summary workbook: 汇总 with a row per table and 问题清单 with every finding', async () => {
    const summary = await readSnapshot(path.join(dir, '汇总.xlsx'));
    expect(summary.sheets.map((sheet) => sheet.name)).toEqual(['汇总', '问题清单']);
    const [overview, findings] = summary.sheets;
    expect(overview.values[0]).toEqual([
      '文件',
      '工作表',
      '单位/项目名称',
      '执行率',
      '总分',
      '等级',
      '错误数',
      '警告数',
      '状态',
    ]);
    const reports = fs
      .readdirSync(path.join(dir, 'json'))
      .map((name) => JSON.parse(fs.readFileSync(path.join(dir, 'json', name), 'utf8')));
    expect(reports).toHaveLength(3);
    const tableCount = reports.reduce((count, report) => count + report.tables.length, 0);
    const rows = overview.values.slice(1);
    expect(rows).toHaveLength(tableCount + 1);
    const badRow = rows.find((row) => row[0] === files.bad)!;
    expect(String(badRow[8])).toMatch(/^无法评估：/);
    for (const report of reports) {
      for (const table of report.tables) {
        const row = rows.find((r) => r[0] === report.file && r[1] === table.sheet)!;
        expect(row[4]).toEqual(table.total);
        expect(row[5]).toEqual(table.grade);
        expect(row[6]).toBe(table.errors);
      }
    }
    const findingCount = reports.reduce((count, report) => count + report.findings.length, 0);
    expect(findings.values.slice(1)).toHaveLength(findingCount);
    expect(findings.values.slice(1).every((row) => typeof row[0] === 'string' && typeof row[5] === 'string')).toBe(
      true,
    );
  });

  it('skips lock files and .评估.xlsx outputs and never modifies an input', () => {
    const summaryFiles = fs.readdirSync(path.join(dir, 'json'));
    expect(summaryFiles.some((name) => name.includes('评估'))).toBe(false);
    for (const [key, file] of Object.entries(files)) expect(sha256(file)).toBe(hashes[key]);
  });

  it('exits 2 when no .xlsx is found', () => {
    const empty = tempDir();
    const result = runCli(['batch', empty, '--summary', path.join(empty, 's.xlsx')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/没有找到 \.xlsx \/ \.xlsm 文件/);
  });
});
