import rule from '../../../src/engine/rules/grade-mismatch';
import { BANDS_80_PROFILE } from '../../../src/engine/profiles';
import { at, makeIndicator, makeTable, testRule } from './tester';

const table = (reportedTotal: number | null, reportedGrade: string, actual = 100) =>
  makeTable({
    indicators: [makeIndicator({ weight: 100, target: 100, actual, actualText: String(actual) })],
    reportedTotal,
    reportedGrade,
    cells: { total: at('G30'), grade: at('G31') },
  });

testRule(rule, {
  valid: [
    { name: '98.4 优 (seed)', tables: [table(98.4, '优')] },
    { name: '“优秀” at exactly 90', tables: [table(90, '“优秀”')] },
    { name: '89.99 良好', tables: [table(89.99, '良好')] },
  ],
  invalid: [
    {
      name: '85 marked 优',
      tables: [table(85, '优')],
      findings: [{ cell: 'G31', severity: 'error', fix: '良', data: { grade: '良', total: '85' } }],
    },
    {
      name: 'no reported total: the computed one (59.5) decides',
      tables: [table(null, '良', 59.5)],
      findings: [{ cell: 'G31', severity: 'error', fix: '差' }],
    },
    {
      name: 'grade bands are a profile setting (80/70/60)',
      profile: BANDS_80_PROFILE,
      tables: [table(85, '良')],
      findings: [{ cell: 'G31', severity: 'error', fix: '优' }],
    },
  ],
});
