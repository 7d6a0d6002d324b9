import { toA1 } from '../../../src/engine/a1';
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import rule from '../../../src/engine/rules/inferred-direction';
import type { WorkbookSnapshot } from '../../../src/engine/snapshot';
import { cleanProjectFused, cleanProjectSplit, findCell, withCell } from '../../fixtures';
import { at, makeIndicator, makeTable, testRule } from './tester';

const COST = { name: '人均培训成本', target: 0.25, targetText: '0.25万元', unit: '万元', actual: 0.22 };

testRule(rule, {
  valid: [
    {
      name: '≤ written in the target',
      tables: [makeTable({ indicators: [makeIndicator({ ...COST, targetText: '≤0.25万元', direction: '≤' })] })],
    },
    {
      name: 'no operator, read as ≥ by default (not a guess from the name)',
      tables: [makeTable({ indicators: [makeIndicator({ name: '培训人数', directionInferred: true })] })],
    },
  ],
  invalid: [
    {
      name: 'fused target 0.25万元 on a 成本 row: said at the target cell',
      tables: [makeTable({ indicators: [makeIndicator({ ...COST, direction: '≤', directionInferred: true })] })],
      findings: [
        {
          cell: 'D11',
          severity: 'info',
          messageId: 'reverseGuessed',
          data: { row: '人均培训成本', target: '0.25万元' },
        },
      ],
    },
    {
      name: 'empty 指标性质 column (Yunnan layout): said at that cell',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({
              ...COST,
              direction: '≤',
              directionInferred: true,
              cells: { name: at('C11'), direction: at('I11'), target: at('D11') },
            }),
          ],
        }),
      ],
      findings: [{ cell: 'I11', severity: 'info', messageId: 'reverseGuessedColumn' }],
    },
  ],
});

describe('inferred-direction through evaluateWorkbook', () => {
  const findingsOf = (snapshot: WorkbookSnapshot) =>
    evaluateWorkbook(snapshot)
      .findings.filter((finding) => finding.code === rule.code)
      .map((finding) => `${finding.sheet}!${finding.cell} ${finding.severity} ${finding.messageId}`);

  it('is quiet on the clean forms, where every operator is written', () => {
    expect(findingsOf(cleanProjectSplit())).toEqual([]);
    expect(findingsOf(cleanProjectFused())).toEqual([]);
  });

  it('says so when the 指标性质 of 人均培训成本 is left empty', () => {
    const snapshot = cleanProjectSplit();
    const sheet = snapshot.sheets[0].name;
    const name = findCell(snapshot, sheet, '人均培训成本');
    const operator = toA1(name.row, name.col + 1); // 指标性质 follows 三级指标
    expect(snapshot.sheets[0].values[name.row][name.col + 1]).toBe('≤');
    expect(findingsOf(withCell(snapshot, sheet, operator, null))).toEqual([
      `${sheet}!${operator} info reverseGuessedColumn`,
    ]);
  });

  it('says so when a fused ≤0.25万元 loses its operator', () => {
    const snapshot = cleanProjectFused();
    const sheet = snapshot.sheets[0].name;
    const target = findCell(snapshot, sheet, /^≤\s*0\.25/);
    const address = toA1(target.row, target.col);
    expect(findingsOf(withCell(snapshot, sheet, address, '0.25万元'))).toEqual([
      `${sheet}!${address} info reverseGuessed`,
    ]);
  });
});
