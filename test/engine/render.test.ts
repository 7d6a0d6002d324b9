import type { Finding } from '../../src/engine/model';
import { ENGINE_MESSAGES, renderFinding } from '../../src/engine/render';
import { defineRule } from '../../src/engine/rules/define';
import { runRules } from '../../src/engine/rules/run';
import { NATIONAL_PROFILE } from '../../src/engine/profiles';
import { scoreTables } from '../../src/engine/scoring';
import { makeIndicator, makeTable } from './rules/tester';

const staffFinding: Finding = {
  code: 'staff-over-authorized',
  messageId: 'overStaffed',
  severity: 'warning',
  sheet: '部门整体支出绩效目标完成情况表',
  cell: 'E65',
  data: { actual: '23', authorized: '22', rate: '104.55%' },
};

describe('renderFinding', () => {
  it('renders the rule message in Chinese by default, English on request', () => {
    expect(renderFinding(staffFinding)).toBe(
      '在职实有人数 23 人超过编制数 22 人，在职人员控制率为 104.55%。请核对人数；如确有超编，请在报告中说明原因。',
    );
    expect(renderFinding(staffFinding, 'en-US')).toBe(
      '23 staff in post exceed the 22 authorised posts (staff control rate 104.55%). Check the figures and explain any overstaffing.',
    );
  });

  it('names the cell for an unknown code', () => {
    expect(renderFinding({ ...staffFinding, code: 'no-such-rule' })).toBe(
      'no-such-rule（部门整体支出绩效目标完成情况表!E65）',
    );
  });
});

describe('a rule that throws', () => {
  const crashing = defineRule({
    code: 'crashing-test-rule',
    severity: 'error',
    description: '测试用：总是抛出异常',
    messages: { never: { zh: '不会出现', en: 'never shown' } },
    check() {
      throw new Error('boom');
    },
  });

  it('becomes a rule-failed warning at the table, and the other rules still run', () => {
    const table = makeTable({ indicators: [makeIndicator({ name: '指标1' })] });
    const placeholder = defineRule({
      code: 'placeholder-test-rule',
      severity: 'info',
      description: '测试用',
      messages: { seen: { zh: '看到了 {{name}}', en: 'seen {{name}}' } },
      check({ table: t, report }) {
        report({ messageId: 'seen', cell: { row: 0, col: 0 }, data: { name: t.indicators[0].name } });
      },
    });
    const findings = runRules([crashing, placeholder], {
      scored: scoreTables([table], NATIONAL_PROFILE),
      problems: [],
      sheets: [],
      profile: NATIONAL_PROFILE,
    });
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['rule-failed', 'warning', 'A1'],
      ['placeholder-test-rule', 'info', 'A1'],
    ]);
    expect(renderFinding(findings[0])).toBe(
      '检查规则 crashing-test-rule 在本表上未能完成（boom），其他检查不受影响。请将此工作簿反馈给开发者以便修正。',
    );
    expect(Object.keys(ENGINE_MESSAGES)).toEqual(['rule-failed']);
  });

  it('cannot change the table the next rule sees (each table has one context, shared by every rule)', () => {
    const tables = [makeTable({ indicators: [makeIndicator({ name: '甲' })] }), makeTable({ indicators: [] })];
    const meddling = defineRule({
      code: 'meddling-test-rule',
      severity: 'info',
      description: '测试用：改写上下文',
      messages: { never: { zh: '不会出现', en: 'never shown' } },
      check(context) {
        (context as { table: unknown }).table = tables[1];
      },
    });
    const seen: string[] = [];
    const reader = defineRule({
      code: 'reader-test-rule',
      severity: 'info',
      description: '测试用',
      messages: { never: { zh: '不会出现', en: 'never shown' } },
      check({ table, tableIndex }) {
        seen.push(`${tableIndex}:${table.indicators.map((ind) => ind.name).join()}`);
      },
    });
    const findings = runRules([meddling, reader], {
      scored: scoreTables(tables, NATIONAL_PROFILE),
      problems: [],
      sheets: [],
      profile: NATIONAL_PROFILE,
    });
    expect(findings.map((f) => [f.code, f.data.rule, f.table])).toEqual([
      ['rule-failed', 'meddling-test-rule', 0],
      ['rule-failed', 'meddling-test-rule', 1],
    ]);
    expect(seen).toEqual(['0:甲', '1:']);
  });
});
