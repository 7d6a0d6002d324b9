/**
 * Money typed in 元 under a 万元 header (Fujian, small offices: "millions" in a row of a county office): an
 * amount of 100 000 万元 (10 亿元) or more under 万元 is flagged at its cell. Never converted silently — the
 * person who filled the form says which unit is right.
 */
import type { CellPos, FundLine } from '../model';
import { dec } from '../decimal';
import { MONEY_UNITS } from '../vocabulary/units';
import { defineRule } from './define';
import { formatNumber } from './support';

/** 10 亿元 written in 万元: far above what a department's line holds, and exactly what 元 amounts look like. */
const SUSPECT_WAN_YUAN = 100000;

const AMOUNTS = ['initial', 'adjusted', 'executed'] as const;
type Amount = (typeof AMOUNTS)[number];

/** The line's first amount (in column order) that looks typed in 元, with a cell to mark; null when none does. */
function suspectAmount(line: FundLine): Amount | null {
  for (let k = 0; k < AMOUNTS.length; k++) {
    const amount = line[AMOUNTS[k]];
    if (amount !== null && line.cells[AMOUNTS[k]] && Math.abs(amount) >= SUSPECT_WAN_YUAN) return AMOUNTS[k];
  }
  return null;
}

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
    // The topmost line with such an amount (the first of them on a row shared by several lines): that is where a
    // person starts reading (and typing) the amounts. Found in one pass: nearly every table has none to sort.
    let line: FundLine | undefined;
    let key: Amount | null = null;
    for (let i = 0; i < fundLines.length; i++) {
      const candidate = fundLines[i];
      if (line && candidate.row >= line.row) continue;
      const suspect = suspectAmount(candidate);
      if (suspect === null) continue;
      line = candidate;
      key = suspect;
    }
    if (!line || key === null) return;
    const amount = line[key] as number;
    report({
      messageId: 'yuanUnderWan',
      cell: line.cells[key] as CellPos,
      data: {
        line: line.label,
        amount: formatNumber(amount),
        yi: formatNumber(dec(amount).times(MONEY_UNITS['万元']).div(MONEY_UNITS['亿元'])),
      },
    }); // one finding per table: the unit is one decision
  },
});
