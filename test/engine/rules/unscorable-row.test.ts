import rule from '../../../src/engine/rules/unscorable-row';
import { makeFundLine, makeIndicator, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    {
      name: 'every weighted row scores',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [10, 10, 9], { weight: 10 }),
          indicators: [makeIndicator({ weight: 90 })],
        }),
      ],
    },
    {
      name: 'unweighted rows never block',
      tables: [makeTable({ indicators: [makeIndicator({ actual: '完成', actualText: '完成' })] })],
    },
    {
      name: 'score-grid judgment row with a reported score',
      tables: [
        makeTable({
          kind: 'departmentScore',
          indicators: [
            makeIndicator({
              direction: null,
              target: null,
              targetText: '',
              actual: '合规',
              actualText: '合规',
              weight: 2,
              reportedScore: 2,
            }),
          ],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: '池州 funds 0/0/0 and a non-numeric actual',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [0, 0, 0], { weight: 10 }),
          indicators: [
            makeIndicator({ direction: '≤', target: 30, unit: '万元', actual: '完成', actualText: '完成', weight: 90 }),
          ],
        }),
      ],
      findings: [
        { cell: 'H5', severity: 'warning', data: { row: '年度资金总额' } },
        { cell: 'G11', severity: 'warning', data: { why: '定量指标的实际完成值不是数值' } },
      ],
    },
    {
      name: 'unit mismatch and unreadable target',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({ unit: '个', actualUnit: '项', weight: 10 }),
            makeIndicator({
              row: 11,
              direction: null,
              target: null,
              targetText: '见附件',
              weight: 10,
              cells: { score: { row: 11, col: 6 } },
            }),
          ],
        }),
      ],
      findings: [
        { cell: 'G11', severity: 'warning', data: { why: '指标值与实际完成值单位不一致' } },
        { cell: 'G12', severity: 'warning', data: { why: '指标值无法读取' } },
      ],
    },
  ],
});
