/** `jixiao evaluate --docx`: the 自评报告 as a Word document beside the evaluated workbook. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { seedWorkbook } from '../fixtures';
import { ensureCliBuilt, runCli, tempDir, writeWorkbook } from './helpers';

beforeAll(() => ensureCliBuilt(), 240_000);

describe('jixiao evaluate --docx', () => {
  test('writes a Word document with the report headings and the score table', async () => {
    const dir = tempDir();
    const input = await writeWorkbook(path.join(dir, '屏边.xlsx'), seedWorkbook());
    const docx = path.join(dir, '自评报告.docx');
    const run = runCli(['evaluate', input, '--docx', docx]);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    expect(run.stdout).toContain(docx);
    // The summary counts the markers the report leaves to the reader.
    expect(run.stdout).toMatch(/自评报告：\d+ 处标记待处理（待填写 \d+，待核实 \d+）/);
    const { value } = await mammoth.convertToHtml({ buffer: fs.readFileSync(docx) });
    expect(value).toContain('<h1>三、绩效自评结论</h1>');
    expect(value).toContain('<h2>（一）绩效目标完成情况</h2>');
    expect(value.match(/<table>/g)).toHaveLength(1);
  });

  test('a --docx path that is not .docx is a bad argument (exit 2), nothing written', () => {
    const dir = tempDir();
    const run = runCli(['evaluate', path.join(dir, 'missing.xlsx'), '--docx', path.join(dir, 'report.doc')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--docx');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
