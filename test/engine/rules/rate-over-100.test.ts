import rule from '../../../src/engine/rules/rate-over-100';
import { makeIndicator, makeTable, testRule } from './tester';

const rate = (name: string, actual: number) =>
  makeIndicator({
    name,
    direction: '=',
    target: 100,
    targetText: '100%',
    unit: '%',
    actual,
    actualText: `${actual}%`,
    actualUnit: '%',
  });

testRule(rule, {
  valid: [
    { name: '100% is allowed', tables: [makeTable({ indicators: [rate('政府采购执行率', 100)] })] },
    { name: 'rates that may exceed 100% (预算调整率)', tables: [makeTable({ indicators: [rate('预算调整率', 150)] })] },
    {
      name: 'counts are not rates',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({ name: '固定资产利用率', actual: 120, actualText: '120台', actualUnit: '台', unit: '台' }),
          ],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'seed: 政府采购执行率 689.7%',
      tables: [makeTable({ indicators: [rate('政府采购执行率', 689.7)] })],
      findings: [{ cell: 'E11', severity: 'warning', data: { actual: '689.7%' } }],
    },
    {
      name: '满意度 101%',
      tables: [makeTable({ indicators: [rate('服务对象满意度', 101)] })],
      findings: [{ cell: 'E11', severity: 'warning' }],
    },
  ],
});
