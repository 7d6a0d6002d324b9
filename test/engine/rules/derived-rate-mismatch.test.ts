import rule from '../../../src/engine/rules/derived-rate-mismatch';
import { at, makeFundLine, makeIndicator, makeTable, testRule } from './tester';

const stating = (name: string, actual: number | string, actualText: string, row = 10) =>
  makeIndicator({
    row,
    name,
    direction: '≤',
    target: 100,
    targetText: '≤100%',
    unit: '%',
    actual,
    actualText,
    actualUnit: typeof actual === 'number' ? '%' : null,
    cells: { name: at(`C${row + 1}`), actual: at(`E${row + 1}`) },
  });

const department = (fields: Parameters<typeof makeTable>[0]) =>
  makeTable({ kind: 'department', sheet: '目标完成情况表', ...fields });
const staff = (authorized: number, actual: number) => ({ authorized, actual, cells: {} });

testRule(rule, {
  valid: [
    {
      name: '在职人员控制率 stated 100% for 22/22',
      tables: [department({ staff: staff(22, 22), indicators: [stating('在职人员控制率', 100, '100%')] })],
    },
    {
      name: '预算完成率 "80%" for 86.34/108 (79.94%) at 0 decimals',
      tables: [
        department({ funds: makeFundLine('合计', [31, 108, 86.34]), indicators: [stating('预算完成率', 80, '80%')] }),
      ],
    },
    {
      name: 'no inputs: nothing derived',
      tables: [department({ indicators: [stating('在职人员控制率', 120, '120%')] })],
    },
  ],
  invalid: [
    {
      name: 'seed: 在职人员控制率 stated 100% while 23/22 = 104.55%',
      tables: [department({ staff: staff(22, 23), indicators: [stating('在职人员控制率', 100, '100%')] })],
      findings: [
        {
          cell: 'E11',
          sheet: '目标完成情况表',
          severity: 'warning',
          messageId: 'staffControlDiffers',
          data: { computed: '104.55%', stated: '100%', actual: '23', authorized: '22' },
        },
      ],
    },
    {
      name: 'seed: 结转结余变动率 "≥100%" where (25.38 − 0.88)/0.88 = 2784.09%',
      tables: [
        department({
          funds: makeFundLine('合计', [285.64, 428.56, 403.18]),
          fundLines: [makeFundLine('上年结转', [0.88, 0.88, null], { row: 5 })],
          indicators: [stating('结转结余变动率', '≥100%', '≥100%')],
        }),
      ],
      findings: [
        {
          cell: 'E11',
          sheet: '目标完成情况表',
          severity: 'warning',
          messageId: 'carryoverChangeAsText',
          data: { computed: '2784.09%', current: '25.38', previous: '0.88' },
        },
      ],
    },
    {
      name: 'rates stated on the score grid of the same unit',
      tables: [
        department({
          funds: makeFundLine('合计', [285.64, 428.56, 403.18]),
          fundLines: [
            makeFundLine('项目支出', [31, 108, 86.34], { row: 5 }),
            makeFundLine('远程异地评标建设资金', [68, 68, 53.49], { row: 6 }),
          ],
        }),
        makeTable({
          kind: 'departmentScore',
          sheet: '单位自评表',
          indicators: [stating('预算完成率', 95, '95.00%', 20), stating('预算调整率', 50, '50%', 21)],
        }),
      ],
      findings: [
        { cell: 'E21', sheet: '单位自评表', severity: 'warning', data: { computed: '94.08%', stated: '95.00%' } },
        // (428.56 − 285.64) / 285.64 = 50.035 %: "50%" is consistent at 0 decimals, so only E21 fires
      ],
    },
  ],
});
