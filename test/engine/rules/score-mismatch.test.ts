import rule from '../../../src/engine/rules/score-mismatch';
import { makeFundLine, makeIndicator, makeTable, testRule } from './tester';

const missed = (reportedScore: number, reason = '') =>
  makeIndicator({ target: 100, targetText: '≥100', actual: 90, actualText: '90', weight: 10, reportedScore, reason });

testRule(rule, {
  valid: [
    { name: 'reported = rule (9 for 90/100 × 10)', tables: [makeTable({ indicators: [missed(9)] })] },
    {
      name: 'funds 94.08% × 10 = 9.41',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [428.56, 428.56, 403.18], { weight: 10, reportedScore: 9.41 }),
        }),
      ],
    },
    {
      name: 'met target deducted without reason is left to deduction-without-reason',
      tables: [makeTable({ indicators: [makeIndicator({ weight: 10, reportedScore: 9 })] })],
    },
    {
      name: 'judgment row on a score grid',
      tables: [
        makeTable({
          kind: 'departmentScore',
          indicators: [
            makeIndicator({
              direction: '定性',
              target: '合理',
              targetText: '合理',
              actual: '合理',
              actualText: '合理',
              weight: 2,
              reportedScore: 1.5,
            }),
          ],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: '廊坊 2019: 43.2 → 37.24 (86.20%) scored 9 instead of 8.62',
      tables: [
        makeTable({ funds: makeFundLine('年度资金总额', [43.2, 43.2, 37.24], { weight: 10, reportedScore: 9 }) }),
      ],
      findings: [
        {
          cell: 'H5',
          severity: 'warning',
          messageId: 'fundsAboveRule',
          fix: 8.62,
          data: { reported: '9', computed: '8.62', rate: '86.20%', weight: '10' },
        },
      ],
    },
    {
      name: 'indicator scored above the rule',
      tables: [makeTable({ indicators: [missed(9.5)] })],
      findings: [{ cell: 'G11', severity: 'warning', messageId: 'aboveRule', fix: 9 }],
    },
    {
      name: 'below the rule with a reason: info; without: warning',
      tables: [
        makeTable({
          indicators: [
            missed(8, '受疫情影响，部分活动取消'),
            { ...missed(8), row: 11, cells: { score: { row: 11, col: 6 } } },
          ],
        }),
      ],
      findings: [
        { cell: 'G11', severity: 'info', messageId: 'belowRule', fix: 9 },
        { cell: 'G12', severity: 'warning', messageId: 'belowRule', fix: 9 },
      ],
    },
    {
      name: 'score grid: 在职人员控制率 104.55% against ≤100% scored the full 4 (rule: 3.83)',
      tables: [
        makeTable({
          kind: 'departmentScore',
          indicators: [
            makeIndicator({
              name: '在职人员控制率',
              direction: '≤',
              target: 100,
              targetText: '≤100%',
              unit: '%',
              actual: 104.55,
              actualText: '104.55%',
              actualUnit: '%',
              weight: 4,
              reportedScore: 4,
            }),
          ],
        }),
      ],
      findings: [{ cell: 'G11', severity: 'warning', messageId: 'aboveRule', fix: 3.83 }],
    },
  ],
});
