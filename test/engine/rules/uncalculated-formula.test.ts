import rule from '../../../src/engine/rules/uncalculated-formula';
import type { SheetSnapshot } from '../../../src/engine/snapshot';
import { testRule } from './tester';

function sheet(fields: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name: '计算',
    visibility: 'visible',
    values: [[null, null]],
    formulas: [[null, '=VLOOKUP(1,A1:A2,1,FALSE)']],
    merges: [],
    ...fields,
  };
}

testRule(rule, {
  valid: [
    { name: 'no sheets' },
    { name: 'a formula with its cached value', sheets: [sheet({ values: [[null, 3]] })] },
    { name: 'a very hidden sheet', sheets: [sheet({ visibility: 'veryHidden', uncalculated: [{ row: 0, col: 1 }] })] },
  ],
  invalid: [
    {
      name: 'a VLOOKUP saved without its result',
      sheets: [sheet({ uncalculated: [{ row: 0, col: 1 }] })],
      findings: [
        {
          sheet: '计算',
          cell: 'B1',
          severity: 'warning',
          messageId: 'uncalculated',
          data: { formula: '=VLOOKUP(1,A1:A2,1,FALSE)' },
        },
      ],
    },
  ],
});
