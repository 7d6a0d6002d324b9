/**
 * A quantitative row (≥ ≤ = with a numeric target) needs a numeric actual: `完成` against `≤30万元` (大英 2023).
 * A placeholder such as `无` reads as no value; on a weighted row unscorable-row says so, on an unweighted row
 * (衡山 2020: `无` against 100%) this rule does, at the cell, so the row is not passed over in silence.
 */
import { defineRule } from './define';
import { writtenAsTarget } from './actual-written-as-target';
import { cellOr, indicatorLabel } from './support';

export default defineRule({
  code: 'non-numeric-actual',
  severity: 'warning',
  description: '定量指标的实际完成值应为数值',
  marker: {
    zh: '定量指标的实际完成值不是数值',
    en: 'the actual of a quantitative indicator is not a number',
  },
  messages: {
    notANumber: {
      zh: '「{{row}}」的指标值为 {{target}}（定量），实际完成值却填写为“{{actual}}”，无法计分。请填写实际完成的数值。',
      en: '"{{row}}" has a quantitative target {{target}} but its actual reads "{{actual}}" and cannot be scored. Enter the number achieved.',
    },
    notANumberInUnit: {
      zh: '「{{row}}」的指标值为 {{target}}（定量），实际完成值却填写为“{{actual}}”，无法计分。请填写实际完成的数值（单位：{{unit}}）。',
      en: '"{{row}}" has a quantitative target {{target}} but its actual reads "{{actual}}" and cannot be scored. Enter the number achieved (unit: {{unit}}).',
    },
  },
  check({ scored, table, report }) {
    for (let i = 0; i < scored.indicators.length; i++) {
      const { row: ind, scoring } = scored.indicators[i];
      if (ind.direction === null || ind.direction === '定性' || typeof ind.target !== 'number') continue;
      const placeholder = ind.actual === null && scoring === 'unweighted' && ind.actualText.trim() !== '';
      if (!placeholder && (typeof ind.actual !== 'string' || ind.actual.trim() === '')) continue;
      if (writtenAsTarget(ind.actualText)) continue;
      const data = { row: indicatorLabel(ind), target: ind.targetText, actual: ind.actualText };
      report({
        messageId: ind.unit ? 'notANumberInUnit' : 'notANumber',
        cell: cellOr(table, ind.cells.actual, ind.cells.name),
        data: ind.unit ? { ...data, unit: ind.unit } : data,
      });
    }
  },
});
