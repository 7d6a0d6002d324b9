/** 总分 = Σ得分 of the sheet's own scores (SPEC §6.2), over every row in the total (an unreadable 分值 included). */
import { nearlyEqual, roundHalfUp, sum } from '../decimal';
import { defineRule } from './define';
import { countsInTotal, formatScore } from './support';

export default defineRule({
  code: 'total-mismatch',
  severity: 'error',
  description: '总分应等于各项得分之和',
  messages: {
    totalDiffers: {
      zh: '总分填写为 {{reported}}，但各项得分合计为 {{sum}}。请将总分改为 {{sum}}（或核对各项得分）。',
      en: 'The total reads {{reported}} but the row scores add up to {{sum}}. Change the total to {{sum}} (or check the row scores).',
    },
  },
  check({ table, profile, report }) {
    if (table.reportedTotal === null || !table.cells.total) return;
    const reported: Array<number | null> = [];
    if (table.funds && countsInTotal(table.funds)) reported.push(table.funds.reportedScore);
    for (const ind of table.indicators) if (countsInTotal(ind)) reported.push(ind.reportedScore);
    if (reported.length === 0 || reported.some((score) => score === null)) return;
    const rowSum = roundHalfUp(sum(reported as number[]));
    if (nearlyEqual(rowSum, table.reportedTotal, profile.scoreTolerance)) return;
    report({
      messageId: 'totalDiffers',
      cell: table.cells.total,
      data: { reported: formatScore(table.reportedTotal), sum: formatScore(rowSum) },
      fix: { value: rowSum },
    });
  },
});
