/** 0 ≤ 得分 ≤ 分值 on every scored row (SPEC §6.2). */
import type { CellPos } from '../model';
import { defineRule } from './define';
import { formatScore, hasWeight, indicatorLabel } from './support';

export default defineRule({
  code: 'score-range',
  severity: 'error',
  description: '得分应在 0 与分值之间',
  marker: {
    zh: '得分超出0至分值的范围',
    en: 'the score is outside 0 to the weight',
  },
  messages: {
    outOfRange: {
      zh: '「{{row}}」得分 {{reported}} 超出 0～{{weight}} 的范围。请将得分改为不超过分值 {{weight}} 且不小于 0 的数。',
      en: '"{{row}}" is scored {{reported}}, outside 0–{{weight}}. Enter a score between 0 and the weight {{weight}}.',
    },
  },
  check({ table, report }) {
    const rows: Array<{
      label: string;
      weight: number | null;
      reported: number | null;
      score: number | null;
      cell?: CellPos;
    }> = [];
    if (table.funds) {
      rows.push({
        label: table.funds.label,
        weight: table.funds.weight,
        reported: table.funds.reportedScore,
        score: table.funds.score,
        cell: table.funds.cells.score,
      });
    }
    for (const ind of table.indicators) {
      rows.push({
        label: indicatorLabel(ind),
        weight: ind.weight,
        reported: ind.reportedScore,
        score: ind.score,
        cell: ind.cells.score,
      });
    }
    for (const row of rows) {
      if (!row.cell || row.reported === null || !hasWeight(row.weight)) continue;
      if (row.reported >= 0 && row.reported <= row.weight) continue;
      const proposed = row.score !== null && row.score >= 0 && row.score <= row.weight ? row.score : null;
      report({
        messageId: 'outOfRange',
        cell: row.cell,
        data: { row: row.label, reported: formatScore(row.reported), weight: formatScore(row.weight) },
        ...(proposed !== null ? { fix: { value: proposed } } : {}),
      });
    }
  },
});
