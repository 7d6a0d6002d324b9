import rule from '../../../src/engine/rules/fund-formula-mismatch';
import type { FundFormula, FundLine, TableLayout } from '../../../src/engine/model';
import { at, makeFundLine, makeTable, testRule } from './tester';

const FORMULAS: FundFormula[] = [
  { mark: 4, label: '小计④=①+②+③', op: 'sum', terms: [1, 2, 3], text: '小计④=①+②+③' },
  { mark: 6, label: '支出实现率⑥=⑤/④', op: 'ratio', terms: [5, 4], text: '支出实现率⑥=⑤/④' },
  { mark: 7, label: '本年度结余金额⑦=④-⑤', op: 'difference', terms: [4, 5], text: '本年度结余金额⑦=④-⑤' },
];

const layout: TableLayout = {
  family: 'department',
  headerRows: [10],
  columns: [],
  fundHeaderRows: [3],
  fundColumns: [],
  fundFormulas: FORMULAS,
};

/** A line with ①…⑦ in columns C…I (⑥ a rate shown with `decimals`). */
function line(values: number[], decimals = 2): FundLine {
  const cols = ['C', 'D', 'E', 'F', 'G', 'H', 'I'];
  return makeFundLine('财政资金小计', [values[0], values[3], values[4]], {
    marked: values.map((value, i) => ({
      mark: i + 1,
      value,
      decimals: i === 5 ? decimals : null,
      rate: i === 5,
      cell: at(`${cols[i]}5`),
    })),
  });
}

testRule(rule, {
  valid: [
    { name: 'no formulas in the header', tables: [makeTable({ funds: line([100, 20, 0, 999, 90, 0.5, 1]) })] },
    { name: 'every formula holds', tables: [makeTable({ layout, funds: line([100, 20, 0, 120, 90, 0.75, 30]) })] },
    {
      name: 'a rate consistent at the 0 decimals it shows (93% vs 92.56%)',
      tables: [makeTable({ layout, funds: line([100, 21, 0, 121, 112, 0.93, 9], 0) })],
    },
  ],
  invalid: [
    {
      name: '小计 ≠ ①+②+③, 支出实现率 ≠ ⑤/④, 结余 ≠ ④−⑤',
      tables: [makeTable({ layout, funds: line([100, 20, 0, 110, 90, 0.8, 25]) })],
      findings: [
        { cell: 'F5', severity: 'error', data: { stated: '110', computed: '120', formula: '④=①+②+③' } },
        { cell: 'H5', severity: 'error', data: { stated: '80.00%', computed: '81.82%' } },
        { cell: 'I5', severity: 'error', data: { stated: '25', computed: '20' } },
      ],
    },
  ],
});
