import rule from '../../../src/engine/rules/deduction-without-reason';
import { makeIndicator, makeTable, testRule } from './tester';

/** 丽江 2020 rows: every target met, 10% deducted, no reason given. */
const lijiang = (reason = '') => [
  makeIndicator({
    row: 10,
    name: '卫片执法补助经费',
    direction: '=',
    target: 72890,
    targetText: '72890',
    unit: '元',
    actual: 72890,
    actualText: '72890',
    actualUnit: '元',
    weight: 10,
    reportedScore: 9,
    reason,
  }),
  makeIndicator({
    row: 11,
    name: '项目验收合格率',
    level2: '质量指标',
    direction: '=',
    target: 100,
    targetText: '100',
    unit: '%',
    actual: 100,
    actualText: '100',
    actualUnit: '%',
    weight: 20,
    reportedScore: 19,
    reason,
    cells: { score: { row: 11, col: 6 } },
  }),
  makeIndicator({
    row: 12,
    name: '违法行为责停率',
    level1: '效益指标',
    level2: '社会效益',
    direction: '≥',
    target: 95,
    targetText: '95',
    unit: '%',
    actual: 95,
    actualText: '95',
    actualUnit: '%',
    weight: 30,
    reportedScore: 27,
    reason,
    cells: { score: { row: 12, col: 6 } },
  }),
];

testRule(rule, {
  valid: [
    {
      name: '丽江 with a reason for each deduction',
      tables: [makeTable({ indicators: lijiang('资料报送不及时，扣1分') })],
    },
    { name: 'full score', tables: [makeTable({ indicators: [makeIndicator({ weight: 10, reportedScore: 10 })] })] },
    {
      name: 'target missed (not this rule)',
      tables: [
        makeTable({ indicators: [makeIndicator({ actual: 90, actualText: '90', weight: 10, reportedScore: 9 })] }),
      ],
    },
  ],
  invalid: [
    {
      name: '丽江 2020: deduction without reason on all three rows',
      tables: [makeTable({ indicators: lijiang() })],
      findings: [
        { cell: 'G11', severity: 'warning', fix: 10, data: { reported: '9', weight: '10' } },
        { cell: 'G12', severity: 'warning', fix: 20 },
        { cell: 'G13', severity: 'warning', fix: 30 },
      ],
    },
    {
      name: 'a placeholder reason (`/`) is no reason',
      tables: [makeTable({ indicators: [makeIndicator({ weight: 10, reportedScore: 8, reason: '/' })] })],
      findings: [{ cell: 'G11', severity: 'warning', fix: 10 }],
    },
  ],
});
