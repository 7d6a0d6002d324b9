import rule from '../../../src/engine/rules/overshoot-no-reason';
import { NATIONAL_PROFILE } from '../../../src/engine/profiles';
import { makeIndicator, makeTable, testRule } from './tester';

const row = (actual: number, reason = '') =>
  makeIndicator({ target: 100, targetText: '≥100', actual, actualText: String(actual), reason });

testRule(rule, {
  valid: [
    { name: '129% of the target', tables: [makeTable({ indicators: [row(129)] })] },
    { name: 'overshoot explained', tables: [makeTable({ indicators: [row(200, '上级追加任务')] })] },
    {
      name: '≤ rows never overshoot',
      tables: [makeTable({ indicators: [makeIndicator({ direction: '≤', target: 10, actual: 1, actualText: '1' })] })],
    },
  ],
  invalid: [
    {
      name: '130% of the target',
      tables: [makeTable({ indicators: [row(130)] })],
      findings: [{ cell: 'E11', severity: 'warning', data: { ratio: '1.3' } }],
    },
    {
      name: 'threshold is a profile setting (1.2)',
      profile: { ...NATIONAL_PROFILE, name: 'tight', overshootRatio: 1.2 },
      tables: [makeTable({ indicators: [row(125)] })],
      findings: [{ cell: 'E11', severity: 'warning', data: { ratio: '1.2' } }],
    },
  ],
});
