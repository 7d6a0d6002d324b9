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
  /**
   * mergeRows[r][c] = index into merges + 1, 0 when the cell is not merged; rows without a merge have no
   * array. Plain arrays, not a Map keyed by cell: every scan asks this for every cell.
   */
  private readonly mergeRows: Array<number[] | undefined> = [];
  /** Merge cells outside the grid's rows/columns (negative positions), rare enough for a Map. */
  private readonly mergeOutside = new Map<string, number>();
  /**
   * textRows[r][c]: normalised text of each column up to the row's end, made when the row is first asked
   * (a number's when first asked, see `text`).
   */
  private readonly textRows: Array<Array<string | null> | undefined> = [];
  /** anchorRows[r]: `anchors(r)`, made when the row is first asked. */
  private readonly anchorRows: Array<number[] | undefined> = [];
  /** rawRows[r][c]: trimmed original text, filled as asked. */
  private readonly rawRows: Array<Array<string | undefined> | undefined> = [];

  /** Rows holding a value or a merge, ascending: scans skip the gaps of a sparse sheet (see `nextFilledRow`). */
  private filledRows: number[] | undefined;
  /** rowEnds[r]: one past the last column of row r holding a value or a merge (0 or unset: none). */
  private readonly rowEnds: number[] = [];

  constructor(readonly sheet: SheetSnapshot) {
    this.values = sheet.values;
    this.rowCount = sheet.values.length;
    const valueRows = presentRows(sheet.values);
    let cols = 0;
    for (let i = 0; i < valueRows.length; i++) {
      const r = valueRows[i];
      const length = sheet.values[r]?.length ?? 0;
      if (length === 0) continue;
      this.rowEnds[r] = length;
      if (length > cols) cols = length;
    }
    for (const area of sheet.merges) if (area.right + 1 > cols) cols = area.right + 1;
    this.colCount = cols;
    // An indexed loop, not forEach: no closure call per merge (a sheet has dozens, a workbook thousands).
    const merges = sheet.merges;
    for (let index = 0; index < merges.length; index++) {
      const area = merges[index];
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r < 0 || c < 0) {
            this.mergeOutside.set(`${r},${c}`, index + 1);
            continue;
          }
          let line = this.mergeRows[r];
          // A plain array of small integers: cheaper to make than a typed array for the few columns of a row.
          if (line === undefined) line = this.mergeRows[r] = new Array<number>(cols).fill(0);
          line[c] = index + 1;
        }
        if (r >= 0 && area.right >= 0 && (this.rowEnds[r] ?? 0) < area.right + 1) this.rowEnds[r] = area.right + 1;
      }
    }
  }

  /**
   * Merge index + 1 of (row, col), 0 when not merged. The readers below ask it once per call, and are called
   * hundreds of thousands of times per workbook, mostly before V8 optimises (and inlines) anything, so they
   * look a cell up inline (`this.mergeRows[row]?.[col] ?? 0`) and call this only for a negative position.
   */
  private mergeAt(row: number, col: number): number {
    if (row < 0 || col < 0) return this.mergeOutside.size === 0 ? 0 : (this.mergeOutside.get(`${row},${col}`) ?? 0);
    const line = this.mergeRows[row];
    return line === undefined || col >= line.length ? 0 : line[col];
  }

  /** The cell that holds the value of (row, col): the merge anchor, or the cell itself. */
  anchor(row: number, col: number): CellPos {
    const merge = row < 0 || col < 0 ? this.mergeAt(row, col) : (this.mergeRows[row]?.[col] ?? 0);
    if (merge === 0) return { row, col };
    const area = this.sheet.merges[merge - 1];
    return { row: area.top, col: area.left };
  }

  /** Row of anchor(row, col), without building a position. */
  anchorRow(row: number, col: number): number {
    const merge = row < 0 || col < 0 ? this.mergeAt(row, col) : (this.mergeRows[row]?.[col] ?? 0);
    return merge === 0 ? row : this.sheet.merges[merge - 1].top;
  }

  /** Column of anchor(row, col), without building a position. */
  anchorCol(row: number, col: number): number {
    const merge = row < 0 || col < 0 ? this.mergeAt(row, col) : (this.mergeRows[row]?.[col] ?? 0);
    return merge === 0 ? col : this.sheet.merges[merge - 1].left;
  }

  /** Same merge area (or the same cell)? */
  sameCell(a: CellPos, b: CellPos): boolean {
    return this.sameCellAt(a.row, a.col, b.row, b.col);
  }

  /** sameCell for two (row, col) pairs. */
  sameCellAt(rowA: number, colA: number, rowB: number, colB: number): boolean {
    return (
      this.anchorRow(rowA, colA) === this.anchorRow(rowB, colB) &&
      this.anchorCol(rowA, colA) === this.anchorCol(rowB, colB)
    );
  }

  /** Columns spanned by the merge containing (row, col) (1 when not merged). */
  spanWidth(row: number, col: number): number {
    const merge = row < 0 || col < 0 ? this.mergeAt(row, col) : (this.mergeRows[row]?.[col] ?? 0);
    if (merge === 0) return 1;
    const area = this.sheet.merges[merge - 1];
    return area.right - area.left + 1;
  }

  /** Value with merges filled. */
  value(row: number, col: number): CellValue {
    const merge = row < 0 || col < 0 ? this.mergeAt(row, col) : (this.mergeRows[row]?.[col] ?? 0);
    if (merge === 0) return this.values[row]?.[col] ?? null;
    const area = this.sheet.merges[merge - 1];
    return this.values[area.top]?.[area.left] ?? null;
  }

  /** Number format of the anchor cell. */
  format(row: number, col: number): string | null {
    const formats = this.sheet.numberFormats;
    if (!formats) return null;
    const merge = row < 0 || col < 0 ? this.mergeAt(row, col) : (this.mergeRows[row]?.[col] ?? 0);
    if (merge === 0) return formats[row]?.[col] ?? null;
    const area = this.sheet.merges[merge - 1];
    return formats[area.top]?.[area.left] ?? null;
  }

  /**
   * A row with no value and no merge: scans skip it whole. A sheet's cells are sparse (a stray value at
   * XFD1048576 makes a million rows and 16 384 columns), so no scan may visit every cell of every row.
   */
  blankRow(row: number): boolean {
    const line = this.values[row];
    return (line === undefined || line.length === 0) && this.mergeRows[row] === undefined;
  }

  /** Normalised text (NFKC, no whitespace) of the filled value; '' for empty. Cached: headers are scanned often. */
  text(row: number, col: number): string {
    if (row < 0 || col < 0) return this.computeText(row, col);
    if (col >= (this.rowEnds[row] ?? 0)) return '';
    const texts = this.textRows[row] ?? this.rowTexts(row);
    // A number's (or boolean's) text is made when first asked: most are never read as text.
    return texts[col] ?? (texts[col] = String(this.value(row, col)));
  }

  /** Whether (row, col) holds something, merges filled (`text(row, col) !== ''`, without making a number's text). */
  filled(row: number, col: number): boolean {
    if (row < 0 || col < 0) return this.computeText(row, col) !== '';
    if (col >= (this.rowEnds[row] ?? 0)) return false;
    return (this.textRows[row] ?? this.rowTexts(row))[col] !== '';
  }

  /**
   * The texts of a row, column by column up to its end (`text` of each), but null for a number or a boolean
   * whose text nobody asked for yet (a number is never a label); empty for a blank row.
   */
  texts(row: number): ReadonlyArray<string | null> {
    if (row < 0 || (this.rowEnds[row] ?? 0) === 0) return NO_TEXTS;
    return this.textRows[row] ?? this.rowTexts(row);
  }

  /**
   * Reads a row once, as every scan that visits it asks for all of it: the texts of its columns up to its end
   * (the columns of a merge share the text of its anchor) and its anchors (see `anchors`).
   */
  private rowTexts(row: number): Array<string | null> {
    const end = this.rowEnd(row);
    const merges = this.mergeRows[row];
    const line = this.values[row];
    // Sized up front (no regrowth per row); the anchors' list is cut to length at the end.
    const texts = new Array<string | null>(end);
    const anchors = new Array<number>(3 * end);
    let count = 0;
    for (let c = 0; c < end; c++) {
      const merge = merges === undefined ? 0 : merges[c];
      if (merge === 0) {
        const text = cellText(line?.[c]);
        texts[c] = text;
        if (text !== '') {
          // Written in place, not by a helper: this runs for every cell of the workbook.
          anchors[count] = c;
          anchors[count + 1] = row;
          anchors[count + 2] = c;
          count += 3;
        }
      } else if (c > 0 && merges![c - 1] === merge) texts[c] = texts[c - 1];
      else {
        // A merge's first column in the row: its anchor is listed here, its other columns share its text.
        const area = this.sheet.merges[merge - 1];
        const fromAbove = area.top >= 0 && area.top < row && area.left >= 0;
        const text = fromAbove ? this.text(area.top, area.left) : cellText(this.values[area.top]?.[area.left]);
        texts[c] = text;
        if (text !== '') {
          anchors[count] = c;
          anchors[count + 1] = area.top;
          anchors[count + 2] = area.left;
          count += 3;
        }
      }
    }
    anchors.length = count;
    this.textRows[row] = texts;
    this.anchorRows[row] = anchors;
    return texts;
  }

  private computeText(row: number, col: number): string {
    return textOfValue(this.value(row, col));
  }

  /** Trimmed display text of the filled value (original characters). Cached like `text`: labels are read often. */
  raw(row: number, col: number): string {
    if (row < 0 || col < 0 || col >= 16384) return this.computeRaw(row, col);
    // Past the row's end nothing is filled (as in `text`); up to it the cache is sized once, not grown per cell.
    const end = this.rowEnds[row] ?? 0;
    if (col >= end) return '';
    let line = this.rawRows[row];
    if (line === undefined) line = this.rawRows[row] = new Array<string | undefined>(end);
    const cached = line[col];
    if (cached !== undefined) return cached;
    const raw = this.computeRaw(row, col);
    line[col] = raw;
    return raw;
  }

  private computeRaw(row: number, col: number): string {
    const value = this.value(row, col);
    return value === null || value === undefined ? '' : String(value).trim();
  }

  /** Columns of a row that hold something (raw, not filled), for quick emptiness checks. */
  rowLength(row: number): number {
    return this.values[row]?.length ?? 0;
  }

  isEmptyRow(row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (this.filled(row, c)) return false;
    return true;
  }

  /** One past the last column of `row` holding a value or a merge: every column from there on reads ''. */
  rowEnd(row: number): number {
    return this.rowEnds[row] ?? 0;
  }

  /**
   * The first row from `row` on that is not blank (rowCount when none). Row scans step with it: a sheet with
   * a stray value at XFD1048576 has a million rows, nearly all blank.
   */
  nextFilledRow(row: number): number {
    if (row >= this.rowCount) return this.rowCount;
    if (!this.blankRow(row)) return row;
    // Made on the first blank row asked about: a dense sheet seldom has one.
    this.filledRows ??= presentRows(this.rowEnds);
    const rows = this.filledRows;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (rows[middle] < row) low = middle + 1;
      else high = middle;
    }
    return low < rows.length ? Math.min(rows[low], this.rowCount) : this.rowCount;
  }

  /**
   * Each merge area (or single cell) with text in a row, once, left to right, as flat triples: the first
   * column it covers in the row, then its anchor's row and column. Made once per row: header, role and label
   * scans all walk the same rows, and an indexed walk builds no objects and calls no function per cell.
   */
  anchors(row: number): readonly number[] {
    if (row < 0 || (this.rowEnds[row] ?? 0) === 0) return NO_ANCHORS;
    if (this.textRows[row] === undefined) this.rowTexts(row);
    return this.anchorRows[row] as number[];
  }
}

const NO_ANCHORS: readonly number[] = [];

const NO_TEXTS: ReadonlyArray<string | null> = [];

/** A value's text as the vocabulary compares it; a number's shortest text is already in that form. */
function textOfValue(value: CellValue | undefined): string {
  return cellText(value) ?? String(value);
}

/** textOfValue, but null for a number or a boolean (never empty): its text is made only when asked. */
function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? normalizeText(value) : null;
}
/**
 * Indexes of a row-indexed array's entries that are set, ascending. A huge array is walked with for…in, which
 * visits only the indexes that exist (a stray value at row 1 048 576 leaves the rest a hole); a normal one by
 * index.
 */
function presentRows(rows: readonly unknown[]): number[] {
  const present: number[] = [];
  if (rows.length <= SPARSE_ROWS) {
    for (let r = 0; r < rows.length; r++) if (rows[r] !== undefined && rows[r] !== null) present.push(r);
    return present;
  }
  for (const key in rows) {
    const r = Number(key);
    if (Number.isInteger(r) && r >= 0 && rows[r] !== undefined && rows[r] !== null) present.push(r);
  }
  return present.sort((a, b) => a - b);
}

/** Beyond this many rows the values array is taken as sparse (a dense sheet this long is rare and slow anyway). */
const SPARSE_ROWS = 100_000;
