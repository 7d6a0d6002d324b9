import rule from '../../../src/engine/rules/low-execution-unexplained';
import { at, makeFundLine, makeTable, testRule } from './tester';

/** A key task with its own 未完成原因 cell in column I. */
const task = (label: string, amounts: [number, number, number], reason: string, row: number) =>
  makeFundLine(label, amounts, {
    row,
    reason,
    cells: { ...makeFundLine(label, amounts, { row }).cells, reason: at(`I${row + 1}`) },
  });

testRule(rule, {
  valid: [
    {
      name: '94.08% is above 90%',
      tables: [makeTable({ kind: 'department', funds: makeFundLine('合计', [285.64, 428.56, 403.18]) })],
    },
    {
      name: 'seed key task 78.66% with its reason',
      tables: [
        makeTable({
          kind: 'department',
          fundLines: [task('远程异地工位制评标建设资金', [68, 68, 53.49], '财政资金紧缺，单据未能报销完成', 6)],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'key task 34.33% with an empty reason cell',
      tables: [makeTable({ kind: 'department', fundLines: [task('考核优秀等次奖励工作经费', [9, 9, 3.09], '', 6)] })],
      findings: [
        { cell: 'I7', severity: 'warning', messageId: 'noReason', data: { rate: '34.33%', threshold: '90%' } },
      ],
    },
    {
      name: 'project 79.94% with no reason anywhere',
      tables: [makeTable({ kind: 'department', fundLines: [makeFundLine('项目支出', [31, 108, 86.34], { row: 6 })] })],
      findings: [{ cell: 'G7', severity: 'warning', messageId: 'noReason', data: { rate: '79.94%' } }],
    },
    {
      name: 'seed: 项目支出 79.94% explained on its key-task rows → info',
      tables: [
        makeTable({
          kind: 'department',
          fundLines: [
            makeFundLine('项目支出', [31, 108, 86.34], { row: 6 }),
            task('工作经费', [26, 26, 24.77], '财政资金紧缺，未列支费用', 8),
          ],
        }),
      ],
      findings: [{ cell: 'G7', severity: 'info', messageId: 'explainedElsewhere' }],
    },
  ],
});
