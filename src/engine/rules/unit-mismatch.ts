/** Target and actual in incompatible units (项 vs 个, % vs 万元) are never compared silently. */
import { unitsCompatible } from '../vocabulary/units';
import { defineRule } from './define';
import { cellOr, indicatorLabel } from './support';

export default defineRule({
  code: 'unit-mismatch',
  severity: 'warning',
  description: '指标值与实际完成值的计量单位应一致',
  marker: {
    zh: '实际完成值与指标值单位不一致',
    en: 'the actual and the target are in different units',
  },
  messages: {
    unitsDiffer: {
      zh: '「{{row}}」的指标值单位为“{{targetUnit}}”，实际完成值单位为“{{actualUnit}}”，无法比较，本行不计分。请统一计量单位。',
      en: '"{{row}}" states its target in "{{targetUnit}}" and its actual in "{{actualUnit}}"; they cannot be compared, so the row is not scored. Use one unit.',
    },
  },
  check({ table, report }) {
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      if (typeof ind.target !== 'number' || typeof ind.actual !== 'number') continue;
      if (unitsCompatible(ind.actualUnit, ind.unit)) continue;
      report({
        messageId: 'unitsDiffer',
        cell: cellOr(table, ind.cells.actual, ind.cells.name),
        data: { row: indicatorLabel(ind), targetUnit: ind.unit ?? '', actualUnit: ind.actualUnit ?? '' },
      });
    }
  },
});
