/**
 * Header variants read the same as the plain header (issue 12): zero-width characters, line breaks, full-width
 * and other spaces anywhere inside a label, full-width brackets around a unit or weight suffix — the role, the
 * family and the column map of a table do not change.
 */
import fc from 'fast-check';
import { headerKey, headerText } from '../../src/engine/layout/header-text';
import { FUND_ROLES, INDICATOR_ROLES, fundRole, indicatorRole } from '../../src/engine/layout/roles';
import { readWorkbook } from '../../src/engine/read';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { cleanProjectSplit } from '../fixtures';

const NOISE = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\n', '\r\n', ' ', '\u3000', '\u00a0', '\t'];

/** The label with noise inserted between its characters. */
const noisy = (label: string) =>
  fc.array(fc.tuple(fc.nat(label.length), fc.constantFrom(...NOISE)), { maxLength: 4 }).map((inserts) => {
    const chars = [...label];
    for (const [at, noise] of inserts.sort((a, b) => b[0] - a[0])) chars.splice(Math.min(at, chars.length), 0, noise);
    return chars.join('');
  });

const suffixed = (label: string) =>
  fc.constantFrom(label, `${label}（万元）`, `${label}(万元)`, `${label}（分）`, `${label}（ 10分 ）`, `${label}(分)`);

describe('header variants read as the plain header', () => {
  it('every role label, with noise and suffixes, names its role', () => {
    const labels = [
      ...INDICATOR_ROLES.map((spec) => ({ label: spec.label, role: spec.role, of: indicatorRole })),
      ...FUND_ROLES.map((spec) => ({ label: spec.label, role: spec.role, of: fundRole })),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...labels).chain((entry) =>
          suffixed(entry.label)
            .chain(noisy)
            .map((text) => ({ ...entry, text })),
        ),
        ({ text, role, of }) => of(text) === role,
      ),
      { numRuns: 400 },
    );
  });

  it('a whole table with noisy headers gives the same family, header rows and column roles', () => {
    const plain = cleanProjectSplit();
    const layoutOf = (snapshot: WorkbookSnapshot) => {
      const [table] = readWorkbook(snapshot).tables;
      return { kind: table.kind, layout: table.layout, indicators: table.indicators.length };
    };
    const expected = layoutOf(plain);
    const sheet = plain.sheets[0];
    const headerRow = expected.layout!.headerRows[0];
    const fundRow = expected.layout!.fundHeaderRows[0];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(12), fc.constantFrom(...NOISE)), { minLength: 1, maxLength: 12 }),
        (edits) => {
          const values = sheet.values.map((row) => (row ? [...row] : row));
          for (const [col, noise] of edits) {
            for (const row of [headerRow, fundRow]) {
              const text = values[row]?.[col];
              if (typeof text === 'string' && text.length > 1) values[row][col] = `${text[0]}${noise}${text.slice(1)}`;
            }
          }
          const variant = { sheets: [{ ...sheet, values }] };
          expect(layoutOf(variant)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('headerKey (the no-parse path for plain texts) always gives the key headerText parses', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom('指', '标', '值', '(', ')', '（', '：', ':', '*', '①', '=', ' ', '\u200b', '5', '分'),
      }),
    );
    fc.assert(
      fc.property(text, (t) => headerKey(t) === headerText(t).key),
      { numRuns: 1000 },
    );
  });
});
