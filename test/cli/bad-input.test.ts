/** Inputs jixiao cannot evaluate: exit 2, one bilingual stderr line naming the file, no stack, no output. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { cleanProjectSplit, instructionsOnly } from '../fixtures';
import { workbookFromSnapshot } from '../support/exceljs';
import { buildZip, cfbBytes, patchDeclaredSizes } from '../package/zip-builder';
import { ensureCliBuilt, expectOneCleanErrorLine, runCli, sha256, tempDir, writeWorkbook } from './helpers';

beforeAll(() => ensureCliBuilt(), 240_000);

let dir: string;
let good: Buffer;

beforeAll(async () => {
  dir = tempDir();
  good = Buffer.from(await workbookFromSnapshot(ExcelJS, cleanProjectSplit()).xlsx.writeBuffer());
});

function badFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const CASES: Array<[string, () => string, RegExp]> = [
  ['an empty (0-byte) file', () => badFile('empty.xlsx', ''), /空的|empty/],
  ['a text file renamed .xlsx', () => badFile('notes.xlsx', '项目名称,得分\n办公经费,9\n'), /不是 Excel 工作簿/],
  ['a truncated zip', () => badFile('cut.xlsx', good.subarray(0, Math.floor(good.length * 0.6))), /不完整或已损坏/],
  ['an encrypted workbook (OLE/CFB with EncryptionInfo)', () => badFile('locked.xlsx', cfbBytes(true)), /密码/],
  ['a legacy .xls', () => badFile('old.xls', cfbBytes(false)), /97-2003/],
  [
    'a zip that is not a workbook',
    () =>
      badFile(
        'doc.xlsx',
        buildZip([
          { name: '[Content_Types].xml', data: '<T/>' },
          { name: 'word/document.xml', data: '<w/>' },
        ]),
      ),
    /xl\/workbook\.xml/,
  ],
  [
    'a zip declaring a huge uncompressed size',
    () => badFile('bomb.xlsx', patchDeclaredSizes(good, 0xfffffff0)),
    /压缩炸弹|zip bomb/,
  ],
  [
    'a zip whose entries inflate past their declared sizes',
    () => badFile('liar.xlsx', patchDeclaredSizes(good, 16)),
    /声明的大小|declared size/,
  ],
  [
    'a damaged workbook part',
    () =>
      badFile(
        'broken.xlsx',
        buildZip([
          { name: '[Content_Types].xml', data: '<Types/>' },
          { name: 'xl/workbook.xml', data: '<<<not xml' },
        ]),
      ),
    /损坏|damaged/,
  ],
  [
    'a file far larger than any self-evaluation workbook',
    () => {
      const file = badFile('huge.xlsx', '');
      fs.truncateSync(file, 65 * 1024 * 1024); // sparse: costs no disk
      return file;
    },
    /过大/,
  ],
  ['a missing file', () => path.join(dir, 'nope.xlsx'), /不存在/],
  ['a folder', () => dir, /文件夹/],
];

describe.each(CASES)('jixiao evaluate on %s', (_label, make, reason) => {
  it('exits 2 with one clear line on stderr and writes nothing', () => {
    const file = make();
    const before = fs.readdirSync(dir).sort();
    const run = runCli(['evaluate', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(expectOneCleanErrorLine(run, file)).toMatch(reason);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });
});

describe('jixiao evaluate: other reasons to refuse', () => {
  it('exits 2 when the workbook holds no self-evaluation table', async () => {
    const file = await writeWorkbook(path.join(dir, '说明.xlsx'), instructionsOnly());
    const run = runCli(['evaluate', file]);
    expect(run.status).toBe(2);
    expect(expectOneCleanErrorLine(run, file)).toMatch(/没有找到绩效自评表/);
  });

  it('refuses --out equal to the input and leaves it untouched', async () => {
    const file = await writeWorkbook(path.join(dir, 'same.xlsx'), cleanProjectSplit());
    const hash = sha256(file);
    const run = runCli(['evaluate', file, '--out', file]);
    expect(run.status).toBe(2);
    expectOneCleanErrorLine(run, file);
    expect(sha256(file)).toBe(hash);
    const relative = runCli(['evaluate', 'same.xlsx', '--out', './same.xlsx'], { cwd: dir });
    expect(relative.status).toBe(2);
    expect(sha256(file)).toBe(hash);
  });

  it.each([
    [['evaluate'], /缺少/],
    [['evaluate', 'a.xlsx', 'b.xlsx'], /batch/],
    [['evaluate', 'a.xlsx', '--bogus'], /bogus/],
    [['evaluate', 'a.xlsx', '--profile', 'mars'], /mars/],
    [['evaluate', 'a.xlsx', '--lang', 'fr'], /--lang/],
    [['evaluate', 'a.xlsx', '--out', 'x.csv'], /\.xlsx/],
    [['frobnicate'], /frobnicate/],
    [['batch', 'folder'], /--summary/],
  ])('bad arguments %j → exit 2', (args, reason) => {
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(expectOneCleanErrorLine(run)).toMatch(reason);
  });

  it('--debug adds the stack trace', () => {
    const run = runCli(['evaluate', badFile('debug.xlsx', good.subarray(0, 200)), '--debug']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('--help prints the usage and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('jixiao evaluate');
  });
});
