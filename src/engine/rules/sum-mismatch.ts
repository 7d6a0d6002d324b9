/** 合计 = Σ parts: 其中 财政拨款 + 上年结转 + 其他资金, and 基本支出 + 项目支出 (SPEC §6.2). */
import { dec, exactProduct, exactSum, nearlyEqual, sum } from '../decimal';
import type { FundLine } from '../model';
import { fundLineGroup } from '../read/fund-groups';
import { defineRule } from './define';
import { formatNumber } from './support';

const GROUPS = ['source', 'category'] as const;
const AMOUNTS = ['initial', 'adjusted', 'executed'] as const;

/** The amounts the lines state in a column (indexed: no iterator or callback per line in a cold run). */
function statedAmounts(lines: readonly FundLine[], column: (typeof AMOUNTS)[number]): number[] {
  const values: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const value = lines[i][column];
    if (value !== null) values.push(value);
  }
  return values;
}

export default defineRule({
  code: 'sum-mismatch',
  severity: 'error',
  description: '合计行的金额应等于其组成部分之和（财政拨款+上年结转+其他资金；基本支出+项目支出）',
  marker: {
    zh: '合计与各组成部分之和不一致',
    en: 'the total differs from the sum of its parts',
  },
  messages: {
    initialDiffers: {
      zh: '「{{line}}」的年初预算数为 {{stated}}，但{{parts}}合计为 {{sum}}，相差 {{difference}}。请核对合计行或各组成部分的金额，使合计等于各部分之和。',
      en: 'The initial budget of "{{line}}" is {{stated}} but {{parts}} add up to {{sum}} (difference {{difference}}). Correct the total or its parts so that the total equals their sum.',
    },
    adjustedDiffers: {
      zh: '「{{line}}」的全年预算数为 {{stated}}，但{{parts}}合计为 {{sum}}，相差 {{difference}}。请核对合计行或各组成部分的金额，使合计等于各部分之和。',
      en: 'The full-year budget of "{{line}}" is {{stated}} but {{parts}} add up to {{sum}} (difference {{difference}}). Correct the total or its parts so that the total equals their sum.',
    },
    executedDiffers: {
      zh: '「{{line}}」的全年执行数为 {{stated}}，但{{parts}}合计为 {{sum}}，相差 {{difference}}。请核对合计行或各组成部分的金额，使合计等于各部分之和。',
      en: 'The amount executed on "{{line}}" is {{stated}} but {{parts}} add up to {{sum}} (difference {{difference}}). Correct the total or its parts so that the total equals their sum.',
    },
  },
  check({ table, profile, report }) {
    const total = table.funds;
    if (!total) return;
    for (let g = 0; g < GROUPS.length; g++) {
      const group = GROUPS[g];
      const parts = table.fundLines.filter((line) => fundLineGroup(line) === group);
      if (parts.length === 0) continue;
      for (let c = 0; c < AMOUNTS.length; c++) {
        const column = AMOUNTS[c];
        const stated = total[column];
        if (stated === null) continue;
        const values = statedAmounts(parts, column);
        if (values.length === 0) continue;
        // Plain numbers where they carry the exact decimal result (the usual amounts), else Bigs.
        const partsSum = exactSum(values) ?? sum(values);
        const perPart = profile.sumTolerancePerPart;
        const tolerance = exactProduct(perPart, values.length) ?? dec(perPart).times(values.length);
        if (nearlyEqual(stated, partsSum, tolerance)) continue;
        const cell = total.cells[column] ?? total.cells.label;
        if (!cell) continue;
        report({
          messageId: `${column}Differs`,
          cell,
          data: {
            line: total.label,
            stated: formatNumber(stated),
            parts: parts.map((line) => line.label).join('+'),
            sum: formatNumber(Number(partsSum)),
            difference: formatNumber(Number(dec(stated).minus(dec(partsSum)))),
          },
          fix: { value: Number(partsSum) },
        });
      }
    }
  },
});
