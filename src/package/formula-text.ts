/**
 * Formula text helpers: splitting off string literals and quoted sheet names, and sliding a shared
 * formula's relative references to another cell (a sheet stores a shared formula once, on its first cell).
 */
import { columnIndex, columnName } from '../engine/a1';

/** Pieces of a formula: code (where references live) and literals ("text", 'sheet name'), in order. */
export function formulaPieces(formula: string): Array<{ code: boolean; text: string }> {
  const pieces: Array<{ code: boolean; text: string }> = [];
  let at = 0;
  let start = 0;
  while (at < formula.length) {
    const char = formula[at];
    if (char === '"' || char === "'") {
      if (at > start) pieces.push({ code: true, text: formula.slice(start, at) });
      let end = at + 1;
      for (;;) {
        const close = formula.indexOf(char, end);
        if (close < 0) {
          end = formula.length;
          break;
        }
        if (formula[close + 1] === char) end = close + 2;
        else {
          end = close + 1;
          break;
        }
      }
      pieces.push({ code: false, text: formula.slice(at, end) });
      at = start = end;
    } else at++;
  }
  if (start < formula.length) pieces.push({ code: true, text: formula.slice(start) });
  return pieces;
}

const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(.])/g;

/** Moves relative references by (rows, cols); absolute parts ($A$1) stay. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formulaPieces(formula)
    .map((piece) =>
      piece.code
        ? piece.text.replace(
            REFERENCE,
            (whole, colAbs: string, letters: string, rowAbs: string, digits: string, offset: number, text: string) => {
              const before = offset > 0 ? text[offset - 1] : '';
              if (/[A-Za-z0-9_.]/.test(before)) return whole;
              const col = colAbs ? columnIndex(letters) : columnIndex(letters) + cols;
              const row = rowAbs ? Number(digits) : Number(digits) + rows;
              if (col < 0 || row < 1) return '#REF!';
              return `${colAbs}${columnName(col)}${rowAbs}${row}`;
            },
          )
        : piece.text,
    )
    .join('');
}
