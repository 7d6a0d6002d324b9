import { RULES } from '../../../src/engine/rules';
import { CheckMarkers, markerWording, REASON_CODES } from '../../../src/engine/narrative/checks';
import type { Finding, Table } from '../../../src/engine/model';

const finding = (code: string, cell: string, severity: Finding['severity'] = 'warning'): Finding => ({
  code,
  messageId: 'm',
  data: {},
  severity,
  sheet: 'S',
  cell,
  table: 0,
});

describe('check markers', () => {
  it('every rule is either a reason to ask for or has its 待核实 wording in its module, in both languages', () => {
    for (const rule of RULES) {
      if (REASON_CODES.has(rule.code)) {
        expect([rule.code, rule.marker]).toEqual([rule.code, undefined]); // asked for as a reason, never worded
        continue;
      }
      expect([rule.code, rule.marker?.zh.trim() || null, rule.marker?.en.trim() || null]).toEqual([
        rule.code,
        expect.any(String),
        expect.any(String),
      ]);
      expect([rule.code, markerWording(rule.code, 'zh-CN'), markerWording(rule.code, 'en-US')]).toEqual([
        rule.code,
        rule.marker!.zh,
        rule.marker!.en,
      ]);
      // A marker cannot hold its own brackets (it would end early).
      expect([rule.code, /[【】]/.test(rule.marker!.zh + rule.marker!.en)]).toEqual([rule.code, false]);
    }
    expect(markerWording('no-such-rule', 'zh-CN')).toBeNull();
    expect([...REASON_CODES].sort()).toEqual([
      'deduction-without-reason',
      'low-execution-unexplained',
      'missed-target-no-reason',
      'overshoot-no-reason',
      'placeholder-reason',
    ]);
  });

  it('says each finding once, reason findings only through takeReason, info never, and counts what is left', () => {
    const checks = new CheckMarkers([
      finding('rate-over-100', 'B2'),
      finding('missed-target-no-reason', 'C2'),
      finding('inferred-direction', 'B2', 'info'),
      finding('placeholder-row', 'A9'),
    ]);
    const at = (col: number) => [{ row: 1, col }];
    expect(checks.take('S', at(1)).map((f) => f.code)).toEqual(['rate-over-100']);
    expect(checks.take('S', at(1))).toEqual([]);
    expect(checks.take('S', at(2))).toEqual([]);
    expect(checks.takeReason('S', at(2))).toBe(true);
    expect(checks.leftover(new Set([0]), false).map((f) => f.code)).toEqual(['placeholder-row']);
  });

  it('leaves over the unsaid findings of the tables asked about, in report order, with or without those of no table', () => {
    const on = (cell: string, table: number | undefined): Finding => ({ ...finding('rate-over-100', cell), table });
    const [a, b, c, d, e] = [on('A1', 1), on('A2', 0), on('A3', undefined), on('A4', 1), on('A5', 2)];
    const checks = new CheckMarkers([a, b, c, d, e]);
    expect(checks.take('S', [{ row: 3, col: 0 }])).toEqual([d]);
    expect(checks.leftover(new Set([1]), false)).toEqual([a]);
    expect(checks.leftover(new Set([3]), false)).toEqual([]);
    expect(checks.leftover(new Set([1]), true)).toEqual([a, c]);
    expect(checks.leftover(new Set([2, 0, 1]), false)).toEqual([a, b, e]);
  });

  it('a finding about every amount of a table (markerScope table) is taken at the first amount of that table', () => {
    const area = (top: number, bottom: number) => ({ sheet: 'S', range: { top, left: 0, bottom, right: 8 } }) as Table;
    const checks = new CheckMarkers([finding('money-unit-suspect', 'C6'), finding('rate-over-100', 'D7')]);
    expect(checks.take('S', [{ row: 11, col: 2 }])).toEqual([]); // not an amount: only its own cell
    expect(checks.take('S', [{ row: 11, col: 2 }], area(20, 30))).toEqual([]); // another table
    expect(checks.take('S', [{ row: 11, col: 2 }], area(0, 15)).map((f) => f.code)).toEqual(['money-unit-suspect']);
    expect(checks.take('S', [{ row: 11, col: 2 }], area(0, 15))).toEqual([]); // said once
    expect(checks.leftover(new Set([0]), false).map((f) => f.code)).toEqual(['rate-over-100']);
  });
});
