/**
 * A 53号 rate stated on the sheet (在职人员控制率, 预算完成率, 结转结余变动率, …) vs the rate computed from
 * the workbook's own inputs (derived.ts), compared at the precision the cell shows.
 */
import { dec, roundHalfUp } from '../decimal';
import { DERIVED_RATE_DEFINITIONS } from '../derived';
import { defineRule } from './define';
import { formatRate } from './support';

function inputsText(inputs: Record<string, number>): string {
  return Object.entries(inputs)
    .map(([name, value]) => `${name} ${value}`)
    .join('，');
}

export default defineRule({
  code: 'derived-rate-mismatch',
  severity: 'warning',
  description: '表中填报的比率应与按表内数据计算的比率一致（在职人员控制率、预算完成率、结转结余变动率等）',
  messages: {
    rateDiffers: {
      zh: '「{{name}}」填报为 {{stated}}，但按 {{formula}}（{{inputs}}）计算为 {{computed}}。请核对后改为 {{computed}}。',
      en: '"{{name}}" reads {{stated}} but {{formula}} ({{inputs}}) gives {{computed}}. Check and change it to {{computed}}.',
    },
    statedAsText: {
      zh: '「{{name}}」填报为“{{stated}}”，不是具体数值；按 {{formula}}（{{inputs}}）计算为 {{computed}}。请填写 {{computed}}。',
      en: '"{{name}}" reads "{{stated}}", not a value; {{formula}} ({{inputs}}) gives {{computed}}. Enter {{computed}}.',
    },
  },
  check({ table, report }) {
    for (const rate of table.derivedRates) {
      if (!rate.statedAt || rate.stated === null || rate.stated === undefined) continue;
      const definition = DERIVED_RATE_DEFINITIONS[rate.name];
      const severity = definition?.definitionVaries ? 'info' : undefined;
      const base = {
        name: rate.name,
        formula: definition?.formula ?? rate.name,
        inputs: inputsText(rate.inputs),
        computed: formatRate(rate.value),
      };
      if (typeof rate.stated === 'string') {
        if (rate.stated.trim() === '') continue;
        report({
          messageId: 'statedAsText',
          cell: rate.statedAt,
          severity,
          data: { ...base, stated: rate.stated },
          fix: { value: rate.value, numberFormat: '0.00%' },
        });
        continue;
      }
      const decimals = statedDecimals(rate.statedText);
      const shown = roundHalfUp(dec(rate.stated).times(100), decimals);
      const computed = roundHalfUp(dec(rate.value).times(100), decimals);
      if (shown === computed) continue;
      report({
        messageId: 'rateDiffers',
        cell: rate.statedAt,
        severity,
        data: { ...base, stated: formatRate(rate.stated, decimals) },
        fix: { value: rate.value, numberFormat: '0.00%' },
      });
    }
  },
});

/** Decimals a stated percentage shows ("104.55%" → 2, "80%" → 0); 2 when unknown. */
function statedDecimals(text: string | undefined): number {
  if (!text) return 2;
  const match = /\d(?:\.(\d+))?\s*[%％]?\s*$/.exec(text.trim());
  return match ? (match[1]?.length ?? 0) : 2;
}
