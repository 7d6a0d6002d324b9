import { RULES } from '../../../src/engine/rules';
import { CheckMarkers, REASON_CODES } from '../../../src/engine/narrative/checks';
import { CHECK_ISSUES } from '../../../src/engine/narrative/strings';
import type { Finding } from '../../../src/engine/model';

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
  it('every rule is either a reason to ask for or has its 待核实 wording, in both languages', () => {
    for (const rule of RULES) {
      if (REASON_CODES.has(rule.code)) continue;
      expect([rule.code, CHECK_ISSUES['zh-CN'][rule.code] !== undefined]).toEqual([rule.code, true]);
      expect([rule.code, CHECK_ISSUES['en-US'][rule.code] !== undefined]).toEqual([rule.code, true]);
    }
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
});
