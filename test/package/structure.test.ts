/** Relationship targets resolved against their source part, as OPC defines (ECMA-376 Part 2, 9.3). */
import { resolveTarget } from '../../src/package/structure';

describe('resolveTarget', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'styles.xml', 'xl/styles.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ['xl/workbook.xml', './worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets//sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets/./sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets/../sheet1.xml', 'xl/sheet1.xml'],
    ['xl/workbook.xml', '...x/.hidden.xml', 'xl/...x/.hidden.xml'],
    ['/xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl//workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['workbook.xml', 'worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
  ])('%s → %s is %s', (source, target, resolved) => {
    expect(resolveTarget(source, target)).toBe(resolved);
  });
});
