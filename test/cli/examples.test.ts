/** The committed example workbooks: up to date with their fixtures, and the README command works on them. */
import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLES, exampleBytes } from '../../scripts/make-examples';
import { ensureCliBuilt, readSnapshot, ROOT, runCli, sha256, tempDir } from './helpers';

beforeAll(() => ensureCliBuilt(), 240_000);

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe.each(EXAMPLES.map((example) => [example.file, example] as const))('examples/%s', (file, example) => {
  const committed = path.join(ROOT, 'examples', file);

  it('matches what scripts/make-examples.ts builds from the fixtures (run it after changing them)', async () => {
    const fresh = path.join(tempDir(), file);
    fs.writeFileSync(fresh, await exampleBytes(example.build));
    expect(await readSnapshot(committed)).toEqual(await readSnapshot(fresh));
  });

  it('evaluates with the CLI into a report that validates against docs/report.schema.json', () => {
    const dir = tempDir();
    const hash = sha256(committed);
    const run = runCli([
      'evaluate',
      path.relative(ROOT, committed),
      '--out',
      path.join(dir, 'out.xlsx'),
      '--json',
      '-',
    ]);
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.tables.length).toBeGreaterThan(0);
    expect(sha256(committed)).toBe(hash);
  });
});
