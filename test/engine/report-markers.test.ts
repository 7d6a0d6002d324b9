/** narrative.markers in the JSON report: every 【 of the text, where it stands, the cell a 待核实 names. */
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { parseA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { toJsonReport } from '../../src/engine/report';
import { ALL_FIXTURES, seedWorkbook } from '../fixtures';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe.each(Object.entries(ALL_FIXTURES))('narrative.markers of %s', (name, build) => {
  const snapshot = build();
  const report = toJsonReport(evaluateWorkbook(snapshot), `${name}.xlsx`);
  const { paragraphs, markers } = report.narrative;

  it('lists one marker per 【 of the text, each found in its paragraph', () => {
    const brackets = paragraphs.join('').split('【').length - 1;
    expect(markers).toHaveLength(brackets);
    for (const marker of markers) expect(paragraphs[marker.paragraph]).toContain(marker.text);
  });

  it('gives markers that name a cell a cell on a sheet of the workbook', () => {
    const sheets = snapshot.sheets.map((sheet) => sheet.name);
    for (const marker of markers.filter((m) => m.cell !== undefined)) {
      expect(sheets).toContain(marker.sheet);
      expect(() => parseA1(marker.cell!)).not.toThrow();
    }
  });
});

describe('narrative.markers in the seed report', () => {
  const report = toJsonReport(evaluateWorkbook(seedWorkbook()), '屏边.xlsx');

  it('names the 在职实有 cell the staffing check flagged', () => {
    expect(report.narrative.markers).toContainEqual({
      kind: '待核实',
      text: '【待核实：在职实有人数超过编制数，部门整体支出绩效目标完成情况表!E65】',
      paragraph: expect.any(Number),
      sheet: '部门整体支出绩效目标完成情况表',
      cell: 'E65',
    });
  });

  it('validates, and the schema rejects a marker of another kind', () => {
    expect(validate(report)).toBe(true);
    const copy = JSON.parse(JSON.stringify(report));
    copy.narrative.markers[0].kind = '备注';
    expect(validate(copy)).toBe(false);
  });
});
