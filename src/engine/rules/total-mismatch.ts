/**
 * 总分 = Σ得分 (SPEC §6.2) over every row in the total (an unreadable 分值 included), as the sheet will hold
 * them after the evaluation: the typed 得分, with the computed one where 得分 is blank — so a wrong typed 总分
 * is caught on the first run, not only when the filled-in output is evaluated again.
 */
import { nearlyEqual } from '../decimal';
import { defineRule } from './define';
import { formatScore } from './support';

export default defineRule({
  code: 'total-mismatch',
  severity: 'error',
  description: '总分应等于各项得分之和',
  marker: {
    zh: '总分与各项得分之和不一致',
    en: 'the total differs from the sum of the scores',
  },
  messages: {
    totalDiffers: {
      zh: '总分填写为 {{reported}}，但各项得分合计为 {{sum}}。请将总分改为 {{sum}}（或核对各项得分）。',
      en: 'The total reads {{reported}} but the row scores add up to {{sum}}. Change the total to {{sum}} (or check the row scores).',
    },
  },
  check({ table, scored, profile, report }) {
    const rowSum = scored.sheetScoreSum;
    if (table.reportedTotal === null || !table.cells.total || rowSum === null) return;
    if (nearlyEqual(rowSum, table.reportedTotal, profile.scoreTolerance)) return;
    report({
      messageId: 'totalDiffers',
      cell: table.cells.total,
      data: { reported: formatScore(table.reportedTotal), sum: formatScore(rowSum) },
      fix: { value: rowSum },
    });
  },
});
