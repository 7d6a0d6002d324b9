/** Σ of a 一级's (or 二级's) indicator weights = the weight written for that level (产出指标(50分), grid 分值). */
import { nearlyEqual, sum } from '../decimal';
import type { Indicator } from '../model';
import { defineRule } from './define';
import { cellOr, formatNumber, hasWeight, weightUnreadable } from './support';

export default defineRule({
  code: 'level-weight-mismatch',
  severity: 'error',
  description: '一级、二级指标的分值应等于其下各指标分值之和',
  messages: {
    levelDiffers: {
      zh: '{{levelKind}}「{{level}}」的分值为 {{stated}}，但其下各指标分值合计为 {{sum}}。请核对该级分值或其下指标的分值。',
      en: 'The {{levelKindEn}} "{{level}}" is weighted {{stated}} but the weights of its indicators add up to {{sum}}. Correct the level weight or the indicator weights.',
    },
  },
  check({ table, report }) {
    const groups = (key: 'level1' | 'level2', weightKey: 'level1Weight' | 'level2Weight') => {
      const byName = new Map<string, Indicator[]>();
      for (const ind of table.indicators) {
        const name = key === 'level2' ? `${ind.level1}\u0000${ind.level2}` : ind.level1;
        if (!ind[key]) continue;
        byName.set(name, [...(byName.get(name) ?? []), ind]);
      }
      for (const rows of byName.values()) {
        const stated = rows.find((ind) => ind[weightKey] !== null)?.[weightKey] ?? null;
        const weights = rows.map((ind) => ind.weight).filter(hasWeight);
        // An unreadable 分值 among them (said at its cell) would make the sum a partial one.
        if (stated === null || weights.length === 0 || rows.some(weightUnreadable)) continue;
        const total = sum(weights);
        if (nearlyEqual(total, stated, 0.005)) continue;
        const first = rows[0];
        report({
          messageId: 'levelDiffers',
          cell: cellOr(table, first.cells.weight, first.cells.name),
          data: {
            levelKind: key === 'level1' ? '一级指标' : '二级指标',
            levelKindEn: key === 'level1' ? 'first-level indicator' : 'second-level indicator',
            level: first[key],
            stated: formatNumber(stated),
            sum: formatNumber(Number(total)),
          },
        });
      }
    };
    groups('level1', 'level1Weight');
    groups('level2', 'level2Weight');
  },
});
