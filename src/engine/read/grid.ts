/**
 * A sheet with its merged areas filled: every cell of a merge reads as the anchor's value (SPEC §2: "values
 * sit in the top-left cell of a merge and must be filled down/right"), while positions handed to the model
 * are always anchors — that is where the value lives and where a write must go.
 */
import type { CellPos } from '../model';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { normalizeText } from '../values';

export class FilledGrid {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly values: CellValue[][];
  /** anchor[r][c] = index into merges (+1), 0 when the cell is not merged. */
  private readonly mergeIndex = new Map<number, number>();
  private readonly textCache = new Map<number, string>();

  constructor(readonly sheet: SheetSnapshot) {
    this.values = sheet.values;
    this.rowCount = sheet.values.length;
    let cols = 0;
    for (const line of sheet.values) if (line && line.length > cols) cols = line.length;
    for (const area of sheet.merges) if (area.right + 1 > cols) cols = area.right + 1;
    this.colCount = cols;
    sheet.merges.forEach((area, index) => {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) this.mergeIndex.set(this.key(r, c), index);
      }
    });
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The cell that holds the value of (row, col): the merge anchor, or the cell itself. */
  anchor(row: number, col: number): CellPos {
    const index = this.mergeIndex.get(this.key(row, col));
    if (index === undefined) return { row, col };
    const area = this.sheet.merges[index];
    return { row: area.top, col: area.left };
  }

  /** Same merge area (or the same cell)? */
  sameCell(a: CellPos, b: CellPos): boolean {
    const x = this.anchor(a.row, a.col);
    const y = this.anchor(b.row, b.col);
    return x.row === y.row && x.col === y.col;
  }

  /** Columns spanned by the merge containing (row, col) (1 when not merged). */
  spanWidth(row: number, col: number): number {
    const index = this.mergeIndex.get(this.key(row, col));
    if (index === undefined) return 1;
    const area = this.sheet.merges[index];
    return area.right - area.left + 1;
  }

  /** Value with merges filled. */
  value(row: number, col: number): CellValue {
    const a = this.anchor(row, col);
    return this.values[a.row]?.[a.col] ?? null;
  }

  /** Number format of the anchor cell. */
  format(row: number, col: number): string | null {
    const a = this.anchor(row, col);
    return this.sheet.numberFormats?.[a.row]?.[a.col] ?? null;
  }

  /** Normalised text (NFKC, no whitespace) of the filled value; '' for empty. Cached: headers are scanned often. */
  text(row: number, col: number): string {
    const k = this.key(row, col);
    const cached = this.textCache.get(k);
    if (cached !== undefined) return cached;
    const value = this.value(row, col);
    const text = value === null || value === undefined ? '' : normalizeText(String(value));
    this.textCache.set(k, text);
    return text;
  }

  /** Trimmed display text of the filled value (original characters). */
  raw(row: number, col: number): string {
    const value = this.value(row, col);
    return value === null || value === undefined ? '' : String(value).trim();
  }

  /** Columns of a row that hold something (raw, not filled), for quick emptiness checks. */
  rowLength(row: number): number {
    return this.values[row]?.length ?? 0;
  }

  isEmptyRow(row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (this.text(row, c) !== '') return false;
    return true;
  }

  /** Distinct anchors with content in [left, right] of a row. */
  anchorsWithContent(row: number, left: number, right: number): CellPos[] {
    const seen: CellPos[] = [];
    for (let c = left; c <= right; c++) {
      if (this.text(row, c) === '') continue;
      const a = this.anchor(row, c);
      if (!seen.some((s) => s.row === a.row && s.col === a.col)) seen.push(a);
    }
    return seen;
  }
}
