import { evaluateFormula, tokenize, UnsupportedFormula } from '../../src/package/formula';
import type { CellValue } from '../../src/engine/snapshot';

const CELLS: Record<string, Record<string, CellValue>> = {
  表1: { A1: 2, A2: 3, A3: '说明', A4: null, B1: '4', B2: '#N/A', C1: 0.125 },
  "It's 表": { A1: 10 },
};

function lookup(sheet: string, row: number, col: number): CellValue {
  const address = `${String.fromCharCode(65 + col)}${row + 1}`;
  return CELLS[sheet]?.[address] ?? null;
}

const run = (formula: string) => evaluateFormula(formula, '表1', lookup);

describe('evaluateFormula', () => {
  it.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=-A1+A2', 1],
    ['=A2/A1', 1.5],
    ['=A1*50%', 1],
    ['=SUM(A1:A4)', 5],
    ['=SUM(A1:A4,10,-1)', 14],
    ['=ROUND(2.675,2)', 2.68],
    ['=ROUND(-2.5,0)', -3],
    ['=ROUND(SUM(A1:A2)/3,2)', 1.67],
    ['=A4+1', 1],
    ['=B1*2', 8],
    ["='It''s 表'!A1+表1!$A$1", 12],
    ['=round(C1,2)', 0.13],
  ])('%s = %s', (formula, expected) => {
    expect(run(formula)).toBe(expected);
  });

  it.each([
    ['=A1/A4', '#DIV/0!'],
    ['=A3+1', '#VALUE!'],
    ['=B2*2', '#N/A'],
    ['=SUM(B1:B2)', '#N/A'],
  ])('%s is the error Excel shows: %s', (formula, expected) => {
    expect(run(formula)).toBe(expected);
  });

  it.each(['=VLOOKUP(1,A1:A2,1,FALSE)', '=IF(A1>1,1,0)', '=A1&"x"', '=A1:A2+1', '=ROUND(A1)', '=SUM(A1'])(
    '%s is not computed',
    (formula) => {
      expect(() => run(formula)).toThrow(UnsupportedFormula);
    },
  );

  it('reads references with their sheet', () => {
    expect(tokenize("='Sheet 1'!$B$2")).toEqual([{ kind: 'ref', sheet: 'Sheet 1', row: 1, col: 1 }]);
  });
});
