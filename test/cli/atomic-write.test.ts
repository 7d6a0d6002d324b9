/**
 * Atomic writes started in the background (startAtomicWrite): nothing appears at the file before commit,
 * commit puts the whole content there, abandon and failures leave neither the file nor a temp file behind.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../../src/cli/errors';
import { startAtomicWrite } from '../../src/cli/output';
import { tempDir } from './helpers';

describe('startAtomicWrite', () => {
  it('puts the whole text at the file only on commit, and leaves no temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, '报告.json');
    const text = `${'绩效'.repeat(300_000)}\n`;
    const pending = startAtomicWrite(file, text);
    expect(fs.existsSync(file)).toBe(false);
    await pending.commit();
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(fs.readdirSync(dir)).toEqual(['报告.json']);
  });

  it('replaces an existing file with bytes, atomically', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'out.bin');
    fs.writeFileSync(file, 'old');
    const pending = startAtomicWrite(file, new Uint8Array([1, 2, 3]));
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    await pending.commit();
    expect([...fs.readFileSync(file)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir)).toEqual(['out.bin']);
  });

  it('leaves the file as it was and no temp file when abandoned', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.json');
    fs.writeFileSync(file, 'before');
    await startAtomicWrite(file, 'after').abandon();
    expect(fs.readFileSync(file, 'utf8')).toBe('before');
    expect(fs.readdirSync(dir)).toEqual(['r.json']);
  });

  it('reports a file it cannot write as cannotWrite on commit, naming the file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plain'), '');
    const file = path.join(dir, 'plain', 'r.json');
    const pending = startAtomicWrite(file, '{}');
    const error = await pending.commit().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).reasonId).toBe('cannotWrite');
    expect((error as CliError).data.file).toBe(file);
    expect(fs.readdirSync(dir)).toEqual(['plain']);
  });
});
