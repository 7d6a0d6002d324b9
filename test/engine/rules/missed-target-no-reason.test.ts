import rule from '../../../src/engine/rules/missed-target-no-reason';
import { makeIndicator, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    { name: 'met', tables: [makeTable({ indicators: [makeIndicator()] })] },
    {
      name: 'missed with a reason',
      tables: [makeTable({ indicators: [makeIndicator({ actual: 90, actualText: '90', reason: '受疫情影响延期' })] })],
    },
    {
      name: '≤ met (0 投诉)',
      tables: [
        makeTable({
          indicators: [makeIndicator({ direction: '≤', target: 0, targetText: '≤0次', actual: 0, actualText: '0次' })],
        }),
      ],
    },
    {
      name: 'missed, in a layout with no 偏差原因 column (a flat list): nowhere to write a reason',
      tables: [
        makeTable({
          layout: {
            family: 'flatList',
            headerRows: [8],
            columns: [
              { col: 1, role: 'name' },
              { col: 5, role: 'target' },
              { col: 6, role: 'actual' },
            ],
            fundHeaderRows: [],
            fundColumns: [],
            fundFormulas: [],
          },
          indicators: [makeIndicator({ actual: 90, actualText: '90' })],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'missed ≥ target, empty reason, no weight (department table)',
      tables: [makeTable({ kind: 'department', indicators: [makeIndicator({ actual: 90, actualText: '90' })] })],
      findings: [{ cell: 'H11', severity: 'warning', data: { actual: '90', target: '≥100' } }],
    },
    {
      name: '廊坊: `0` typed as the reason',
      tables: [makeTable({ indicators: [makeIndicator({ actual: 90, actualText: '90', weight: 10, reason: '0' })] })],
      findings: [{ cell: 'H11', severity: 'warning' }],
    },
    {
      name: '定性 actual below the top band',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({
              direction: '定性',
              target: '效果明显',
              targetText: '效果明显',
              actual: '部分达成年度指标并具有一定效果',
              actualText: '部分达成年度指标并具有一定效果',
              weight: 10,
            }),
          ],
        }),
      ],
      findings: [{ cell: 'H11', severity: 'warning' }],
    },
  ],
});
