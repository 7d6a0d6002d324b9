/**
 * Σ of a 一级's (or 二级's) indicator weights = the weight written for that level (产出指标(50分), grid 分值).
 * Linear in the table: rows are grouped once per level (vocabulary/levels).
 */
import { exactSum, nearlyEqual, sum } from '../decimal';
import type { Indicator } from '../model';
import { groupByLevel } from '../vocabulary/levels';
import { defineRule } from './define';
import { cellOr, formatNumber, hasWeight, weightUnreadable } from './support';

const LEVELS = [
  { level: 1, weightKey: 'level1Weight', messageId: 'level1Differs' },
  { level: 2, weightKey: 'level2Weight', messageId: 'level2Differs' },
] as const;

/** Whether a row states the level's weight (indexed: most tables state none, and every row is looked at). */
function statesWeight(rows: readonly Indicator[], weightKey: (typeof LEVELS)[number]['weightKey']): boolean {
  for (let i = 0; i < rows.length; i++) if (rows[i][weightKey] !== null) return true;
  return false;
}

export default defineRule({
  code: 'level-weight-mismatch',
  severity: 'error',
  description: '一级、二级指标的分值应等于其下各指标分值之和',
  marker: {
    zh: '一级指标分值与其下各指标分值之和不一致',
    en: 'the first-level weight differs from the sum of its indicators',
  },
  messages: {
    level1Differs: {
      zh: '一级指标「{{level}}」的分值为 {{stated}}，但其下各指标分值合计为 {{sum}}。请核对该级分值或其下指标的分值。',
      en: 'The first-level indicator "{{level}}" is weighted {{stated}} but the weights of its indicators add up to {{sum}}. Correct the level weight or the indicator weights.',
    },
    level2Differs: {
      zh: '二级指标「{{level}}」的分值为 {{stated}}，但其下各指标分值合计为 {{sum}}。请核对该级分值或其下指标的分值。',
      en: 'The second-level indicator "{{level}}" is weighted {{stated}} but the weights of its indicators add up to {{sum}}. Correct the level weight or the indicator weights.',
    },
  },
  check({ table, report }) {
    for (let l = 0; l < LEVELS.length; l++) {
      const { level, weightKey, messageId } = LEVELS[l];
      // Nothing to compare unless some row states this level's weight: no grouping then.
      if (!statesWeight(table.indicators, weightKey)) continue;
      for (const group of groupByLevel<Indicator>(table.indicators, level)) {
        const rows = group.rows;
        const stated = rows.find((ind) => ind[weightKey] !== null)?.[weightKey] ?? null;
        // An unreadable 分值 among them (said at its cell) would make the sum a partial one.
        if (stated === null || rows.some(weightUnreadable)) continue;
        const weights = rows.map((ind) => ind.weight).filter(hasWeight);
        if (weights.length === 0) continue;
        const total = exactSum(weights) ?? sum(weights); // a plain number where it is exact
        if (nearlyEqual(total, stated, 0.005)) continue;
        const first = rows[0];
        report({
          messageId,
          cell: cellOr(table, first.cells.weight, first.cells.name),
          data: { level: group.name, stated: formatNumber(stated), sum: formatNumber(Number(total)) },
        });
      }
    }
  },
});
