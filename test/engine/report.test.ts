/** The JSON report v1: real reports from every fixture validate against docs/report.schema.json. */
import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { toJsonReport, type JsonReport } from '../../src/engine/report';
import { ALL_FIXTURES, langfang2019, seedWorkbook } from '../fixtures';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(ok ? [] : validate.errors).toEqual([]);
}

describe.each(Object.entries(ALL_FIXTURES))('report of fixture %s', (name, build) => {
  it('validates against the schema in both locales', () => {
    const evaluation = evaluateWorkbook(build());
    expectValid(toJsonReport(evaluation, `${name}.xlsx`));
    expectValid(JSON.parse(JSON.stringify(toJsonReport(evaluation, `${name}.xlsx`, 'en-US'))));
  });
});

describe('toJsonReport conventions', () => {
  const seed = toJsonReport(evaluateWorkbook(seedWorkbook()), '屏边.xlsx');
  const langfang = toJsonReport(evaluateWorkbook(langfang2019()), '廊坊.xlsx');

  it('gives rates as fractions rounded to 4 decimals (SPEC §9: 403.18 / 428.56 = 94.08%)', () => {
    const lines = seed.tables.flatMap((table) => [table.funds, ...table.fundLines]).filter((line) => line !== null);
    const total = lines.find((line) => line!.adjusted === 428.56 && line!.executed === 403.18);
    expect(total?.rate).toBe(0.9408);
    const project = lines.find((line) => line!.adjusted === 108 && line!.executed === 86.34);
    expect(project?.rate).toBe(0.7994);
  });

  it('says how each table was read: family, 1-based header rows, column letter → role (issue 12)', () => {
    const layout = langfang.tables[0].layout!;
    expect(layout.family).toBe('project');
    expect(layout.headerRows).toHaveLength(1);
    expect(Object.values(layout.columns)).toEqual(
      expect.arrayContaining(['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'reason']),
    );
    expect(Object.keys(layout.columns).every((letter) => /^[A-Z]+$/.test(letter))).toBe(true);
    expect(Object.values(layout.fundColumns)).toEqual(expect.arrayContaining(['adjusted', 'executed', 'rate']));
    expect(seed.tables.map((table) => table.layout?.family)).toEqual(['department', 'departmentScore']);
  });

  it('scores to 2 decimals (SPEC §8 廊坊: 37.24 / 43.2 → 8.62, reported 9)', () => {
    const funds = langfang.tables[0].funds!;
    expect(funds).toMatchObject({
      initial: 43.2,
      adjusted: 43.2,
      executed: 37.24,
      rate: 0.862,
      weight: 10,
      score: 8.62,
      reportedScore: 9,
    });
  });

  it('uses 1-based sheet rows and A1 cells that point at the row', () => {
    const evaluation = evaluateWorkbook(langfang2019());
    const report = toJsonReport(evaluation, 'x.xlsx');
    report.tables[0].indicators.forEach((indicator, index) => {
      expect(indicator.row).toBe(evaluation.tables[0].indicators[index].row + 1);
    });
    for (const finding of report.findings) expect(finding.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
  });

  it('renders every finding message (no unfilled placeholder) and counts them by severity', () => {
    for (const report of [seed, langfang]) {
      for (const finding of report.findings) {
        expect(finding.message.length).toBeGreaterThan(0);
        expect(finding.message).not.toContain('{{');
      }
      expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(report.findings.length);
    }
    expect(langfang.findings.length).toBeGreaterThan(0);
  });

  it('is plain JSON (survives a stringify round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(seed))).toEqual(seed);
  });
});

/** A report copy to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutable = any;

describe('the schema is not vacuous', () => {
  const report: JsonReport = toJsonReport(evaluateWorkbook(langfang2019()), 'x.xlsx');

  it.each([
    ['no version', (r: Mutable) => delete r.version],
    ['version 2', (r: Mutable) => (r.version = 2)],
    ['unknown table field', (r: Mutable) => (r.tables[0].extra = 1)],
    ['bad kind', (r: Mutable) => (r.tables[0].kind = 'budget')],
    ['0-based row', (r: Mutable) => (r.tables[0].indicators[0].row = 0)],
    ['bad severity', (r: Mutable) => r.findings.length && (r.findings[0].severity = 'fatal')],
    ['R1C1 cell', (r: Mutable) => r.findings.length && (r.findings[0].cell = 'R1C1')],
  ])('rejects a report with %s', (_label, mutate) => {
    const copy = JSON.parse(JSON.stringify(report));
    mutate(copy);
    expect(validate(copy)).toBe(false);
  });
});
