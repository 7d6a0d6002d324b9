/**
 * The CLI on workbooks from other writers (test/fidelity-corpus) and its output paths: .xlsm stays .xlsm,
 * outputs that name one file are refused, sheet names over 31 characters, batch lists what it skips.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { readPackageDetailed } from '../../src/package';
import { ensureCliBuilt, runCli, sha256, tempDir } from './helpers';

const CORPUS = path.join(__dirname, '..', 'fidelity-corpus');

beforeAll(() => ensureCliBuilt(), 240_000);

function copy(name: string, dir: string, as = name): string {
  const file = path.join(dir, as);
  fs.copyFileSync(path.join(CORPUS, name), file);
  return file;
}

function oneErrorLine(run: ReturnType<typeof runCli>): string {
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^jixiao: /);
  return lines[0];
}

describe('jixiao evaluate: outputs', () => {
  it('writes an .xlsm input to .评估.xlsm with its macros, the input untouched', () => {
    const dir = tempDir();
    const input = copy('op-macros.xlsm', dir, '宏.xlsm');
    const before = sha256(input);
    const run = runCli(['evaluate', input]);
    expect(run.status).toBe(0);
    const output = path.join(dir, '宏.评估.xlsm');
    expect(fs.existsSync(output)).toBe(true);
    expect(sha256(input)).toBe(before);
    const structure = readPackageDetailed(new Uint8Array(fs.readFileSync(output))).structure;
    expect(structure.sheets.map((sheet) => sheet.name)).toContain('自评报告');
  });

  it('refuses --out .xlsx for an .xlsm input (Excel would not open it)', () => {
    const dir = tempDir();
    const input = copy('op-macros.xlsm', dir);
    const run = runCli(['evaluate', input, '--out', path.join(dir, 'out.xlsx')]);
    expect(run.status).toBe(2);
    expect(oneErrorLine(run)).toContain('.xlsm');
    expect(fs.readdirSync(dir)).toEqual(['op-macros.xlsm']);
  });

  it.each([
    ['--out and --json', (out: string) => ['--out', out, '--json', out]],
    [
      '--json and --text',
      (out: string) => ['--json', out.replace(/xlsx$/, 'txt'), '--text', out.replace(/xlsx$/, 'txt')],
    ],
  ])('refuses %s naming one file, and writes nothing', (_label, flags) => {
    const dir = tempDir();
    const input = copy('op-comments.xlsx', dir);
    const run = runCli(['evaluate', input, ...flags(path.join(dir, 'same.xlsx'))]);
    expect(run.status).toBe(2);
    expect(oneErrorLine(run)).toMatch(/同一个文件.*same file/);
    expect(fs.readdirSync(dir)).toEqual(['op-comments.xlsx']);
  });

  it('writes no JSON report (nor a temp file) when the workbook cannot be written', () => {
    const dir = tempDir();
    const input = copy('op-comments.xlsx', dir);
    fs.writeFileSync(path.join(dir, 'plain'), '');
    const run = runCli([
      'evaluate',
      input,
      '--out',
      path.join(dir, 'plain', 'out.xlsx'),
      '--json',
      path.join(dir, 'r.json'),
    ]);
    expect(run.status).toBe(2);
    expect(oneErrorLine(run)).toContain('out.xlsx');
    expect(fs.readdirSync(dir).sort()).toEqual(['op-comments.xlsx', 'plain']);
  });

  it('evaluates a workbook whose only table sheet has a name over 31 characters, with a clean stderr', async () => {
    const dir = tempDir();
    const source = fs.readFileSync(path.join(CORPUS, 'op-long-sheet-name.xlsx'));
    const zip = await JSZip.loadAsync(source);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const longName = '部门整体支出绩效单位自评表（二〇二三年度）附件一号表格（共四十个字的工作表名称）';
    expect(longName.length).toBeGreaterThan(31);
    zip.file('xl/workbook.xml', workbook.replace(/name="部门整体支出绩效单位自评表（[^"]*"/, `name="${longName}"`));
    const input = path.join(dir, 'long.xlsx');
    fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const run = runCli(['evaluate', input, '--json', path.join(dir, 'r.json')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report.tables.map((table: { sheet: string }) => table.sheet)).toContain(longName);
  });
});

describe('jixiao batch: what it takes and what it skips', () => {
  it('takes .xlsm and symlinked files, and lists .xls / .et / .csv as skipped with what to do', () => {
    const dir = tempDir();
    const inbox = path.join(dir, 'in');
    fs.mkdirSync(inbox);
    copy('op-comments.xlsx', inbox, 'a.xlsx');
    copy('op-macros.xlsm', inbox, 'b.xlsm');
    fs.symlinkSync(path.join(CORPUS, 'op-chart.xlsx'), path.join(inbox, 'c-link.xlsx'));
    for (const name of ['d.xls', 'e.et', 'f.csv']) fs.writeFileSync(path.join(inbox, name), 'x');
    const run = runCli(['batch', inbox, '--summary', path.join(dir, '汇总.xlsx'), '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/共 6 个文件：已评估 3 个，无法评估 0 个，跳过 3 个/);
    for (const name of ['d.xls', 'e.et', 'f.csv']) {
      expect(run.stdout).toMatch(new RegExp(`跳过「[^」]*${name.replace('.', '\\.')}」：.*另存为 \\.xlsx`));
    }
  });
});
