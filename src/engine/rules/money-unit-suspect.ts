/**
 * Money typed in 元 under a 万元 header (Fujian, small offices: "millions" in a row of a county office): an
 * amount of 100 000 万元 (10 亿元) or more under 万元 is flagged at its cell. Never converted silently — the
 * person who filled the form says which unit is right.
 */
import type { CellPos } from '../model';
import { dec } from '../decimal';
import { MONEY_UNITS } from '../vocabulary/units';
import { defineRule } from './define';
import { formatNumber } from './support';

/** 10 亿元 written in 万元: far above what a department's line holds, and exactly what 元 amounts look like. */
const SUSPECT_WAN_YUAN = 100000;

const AMOUNTS = ['initial', 'adjusted', 'executed'] as const;

export default defineRule({
  code: 'money-unit-suspect',
  severity: 'warning',
  description: '表头单位为万元，但金额的数量级像是按元填写',
  marker: {
    zh: '金额疑似按元填写，而表头单位为万元',
    en: 'the amount looks typed in 元 under a 万元 header',
  },
  // The unit is one decision for the whole table: the report marks its first amount, whichever cell it is.
  markerScope: 'table',
  messages: {
    yuanUnderWan: {
      zh: '「{{line}}」的金额 {{amount}} 所在表格的单位为万元（即 {{yi}} 亿元），数量级像是按元填写。请核对：若按元填写，请换算为万元或把表头单位改为“元”；本工具未做换算。',
      en: 'The amount {{amount}} on "{{line}}" sits under a header in units of 10,000 yuan, i.e. {{yi}} hundred million yuan; it looks typed in yuan. Check it: convert it to units of 10,000 yuan or change the header unit to yuan. Nothing was converted.',
    },
  },
  check({ table, fundLines, report }) {
    if (table.moneyUnit !== '万元') return;
    // The topmost line first: that is where a person starts reading (and typing) the amounts.
    const lines = fundLines.slice().sort((a, b) => a.row - b.row);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      for (let k = 0; k < AMOUNTS.length; k++) {
        const key = AMOUNTS[k];
        const amount = line[key];
        const cell: CellPos | undefined = line.cells[key];
        if (amount === null || !cell || Math.abs(amount) < SUSPECT_WAN_YUAN) continue;
        report({
          messageId: 'yuanUnderWan',
          cell,
          data: {
            line: line.label,
            amount: formatNumber(amount),
            yi: formatNumber(dec(amount).times(MONEY_UNITS['万元']).div(MONEY_UNITS['亿元'])),
          },
        });
        return; // one finding per table: the unit is one decision
      }
    }
  },
});
