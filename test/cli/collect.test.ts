import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectBatchFiles, isBatchCandidate } from '../../src/cli/batch/collect';
import { tempDir } from './helpers';

describe('batch file collection', () => {
  it('takes .xlsx and .xlsm files, never lock files or evaluated outputs', () => {
    expect(isBatchCandidate('a/屏边.xlsx')).toBe(true);
    expect(isBatchCandidate('a/宏.xlsm')).toBe(true);
    expect(isBatchCandidate('a/宏.评估.xlsm')).toBe(false);
    expect(isBatchCandidate('a/屏边.XLSX')).toBe(true);
    expect(isBatchCandidate('a/~$屏边.xlsx')).toBe(false);
    expect(isBatchCandidate('a/屏边.评估.xlsx')).toBe(false);
    expect(isBatchCandidate('a/屏边.xls')).toBe(false);
    expect(isBatchCandidate('a/屏边.xlsx.txt')).toBe(false);
  });

  it('walks folders recursively, keeps explicitly named files, drops duplicates and excluded paths', async () => {
    const dir = tempDir();
    const touch = (relative: string) => {
      const file = path.join(dir, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '');
      return file;
    };
    const a = touch('b.xlsx');
    const b = touch('sub/deeper/a.xlsx');
    touch('sub/~$a.xlsx');
    touch('sub/a.评估.xlsx');
    const summary = touch('汇总.xlsx');
    const named = touch('other/named.xls');
    const files = await collectBatchFiles([dir, a, named], [summary]);
    expect(files.map((file) => path.resolve(file)).sort()).toEqual(
      [a, named, b].map((file) => path.resolve(file)).sort(),
    );
  });

  it('names a missing input', async () => {
    await expect(collectBatchFiles(['/nonexistent/folder'])).rejects.toMatchObject({ reasonId: 'fileMissing' });
  });
});
