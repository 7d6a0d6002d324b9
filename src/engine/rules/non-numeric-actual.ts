/** A quantitative row (≥ ≤ = with a numeric target) needs a numeric actual: `完成` against `≤30万元` (大英 2023). */
import { defineRule } from './define';
import { writtenAsTarget } from './actual-written-as-target';
import { cellOr, indicatorLabel } from './support';

export default defineRule({
  code: 'non-numeric-actual',
  severity: 'warning',
  description: '定量指标的实际完成值应为数值',
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
  check({ table, report }) {
    for (const ind of table.indicators) {
      if (ind.direction === null || ind.direction === '定性' || typeof ind.target !== 'number') continue;
      if (typeof ind.actual !== 'string' || ind.actual.trim() === '' || writtenAsTarget(ind.actualText)) continue;
      const data = { row: indicatorLabel(ind), target: ind.targetText, actual: ind.actualText };
      report({
        messageId: ind.unit ? 'notANumberInUnit' : 'notANumber',
        cell: cellOr(table, ind.cells.actual, ind.cells.name),
        data: ind.unit ? { ...data, unit: ind.unit } : data,
      });
    }
  },
});
