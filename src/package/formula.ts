/**
 * A small evaluator for formulas saved without a cached value (openpyxl and other generators do not
 * calculate): the forms only use + − × ÷, SUM, ROUND and references to cells of the same or another sheet.
 * Anything else is `unsupported` — the caller then reports the cell instead of reading it as empty.
 * Pure: cells are looked up through the caller's function.
 */
import { columnIndex } from '../engine/a1';
import { roundHalfUp } from '../engine/decimal';
import type { CellValue } from '../engine/snapshot';

/** A number, or an error value such as '#DIV/0!' (what Excel would show). */
export type FormulaResult = number | string;

/** The value of a cell, computing it first when it is itself an uncached formula. */
export type CellLookup = (sheet: string, row: number, col: number) => CellValue;

export class UnsupportedFormula extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnsupportedFormula';
  }
}

class FormulaError extends Error {
  constructor(readonly value: string) {
    super(value);
  }
}

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; sheet: string | null; row: number; col: number }
  | { kind: 'op'; value: string }
  | { kind: 'func'; name: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|((?:'(?:[^']|'')+'|[^\s'!:(),+\-*/^&=<>"%]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)|([A-Za-z][A-Za-z0-9.]*)\(|([-+*/(),:%]))/y;

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const text = formula.replace(/^=/, '');
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      if (/^\s*$/.test(text.slice(start))) break;
      throw new UnsupportedFormula(`cannot read "${text.slice(start, start + 12)}"`);
    }
    if (match[1] !== undefined) tokens.push({ kind: 'number', value: Number(match[1]) });
    else if (match[3] !== undefined) {
      const sheetText = match[2]?.slice(0, -1) ?? null;
      const sheet = sheetText?.startsWith("'") ? sheetText.slice(1, -1).replace(/''/g, "'") : sheetText;
      const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(match[3])!;
      tokens.push({ kind: 'ref', sheet, row: Number(cell[2]) - 1, col: columnIndex(cell[1]) });
    } else if (match[4] !== undefined) tokens.push({ kind: 'func', name: match[4].toUpperCase() });
    else tokens.push({ kind: 'op', value: match[5] });
  }
  return tokens;
}

type Operand =
  { kind: 'value'; value: number } | { kind: 'range'; cells: CellValue[] } | { kind: 'cell'; value: CellValue };

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly sheet: string,
    private readonly lookup: CellLookup,
  ) {}

  run(): FormulaResult {
    try {
      const result = this.number(this.expression());
      if (this.at < this.tokens.length) throw new UnsupportedFormula('unexpected token');
      return Number.isFinite(result) ? result : '#NUM!';
    } catch (error) {
      if (error instanceof FormulaError) return error.value;
      throw error;
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'op' && token.value === value;
  }

  private expect(value: string): void {
    if (!this.isOp(value)) throw new UnsupportedFormula(`expected ${value}`);
    this.at++;
  }

  private expression(): Operand {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.tokens[this.at++] as { value: string }).value;
      const right = this.number(this.term());
      const value = this.number(left);
      left = { kind: 'value', value: op === '+' ? value + right : value - right };
    }
    return left;
  }

  private term(): Operand {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = (this.tokens[this.at++] as { value: string }).value;
      const right = this.number(this.unary());
      const value = this.number(left);
      if (op === '/' && right === 0) throw new FormulaError('#DIV/0!');
      left = { kind: 'value', value: op === '*' ? value * right : value / right };
    }
    return left;
  }

  private unary(): Operand {
    if (this.isOp('-') || this.isOp('+')) {
      const negative = this.isOp('-');
      this.at++;
      const value = this.number(this.unary());
      return { kind: 'value', value: negative ? -value : value };
    }
    let operand = this.primary();
    while (this.isOp('%')) {
      this.at++;
      operand = { kind: 'value', value: this.number(operand) / 100 };
    }
    return operand;
  }

  private primary(): Operand {
    const token = this.tokens[this.at++];
    if (!token) throw new UnsupportedFormula('unexpected end');
    if (token.kind === 'number') return { kind: 'value', value: token.value };
    if (token.kind === 'ref') {
      if (this.isOp(':')) {
        this.at++;
        const end = this.tokens[this.at++];
        if (end?.kind !== 'ref' || (end.sheet !== null && end.sheet !== token.sheet))
          throw new UnsupportedFormula('bad range');
        return { kind: 'range', cells: this.range(token, end) };
      }
      return { kind: 'cell', value: this.lookup(token.sheet ?? this.sheet, token.row, token.col) };
    }
    if (token.kind === 'func') return this.call(token.name);
    if (token.value === '(') {
      const inner = this.expression();
      this.expect(')');
      return { kind: 'value', value: this.number(inner) };
    }
    throw new UnsupportedFormula(`unexpected ${token.value}`);
  }

  private range(from: Token & { kind: 'ref' }, to: Token & { kind: 'ref' }): CellValue[] {
    const sheet = from.sheet ?? this.sheet;
    const cells: CellValue[] = [];
    const [top, bottom] = [Math.min(from.row, to.row), Math.max(from.row, to.row)];
    const [left, right] = [Math.min(from.col, to.col), Math.max(from.col, to.col)];
    if ((bottom - top + 1) * (right - left + 1) > 100_000) throw new UnsupportedFormula('range too large');
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) cells.push(this.lookup(sheet, row, col));
    return cells;
  }

  private call(name: string): Operand {
    const args: Operand[] = [];
    if (!this.isOp(')')) {
      args.push(this.expression());
      while (this.isOp(',')) {
        this.at++;
        args.push(this.expression());
      }
    }
    this.expect(')');
    if (name === 'SUM') return { kind: 'value', value: args.reduce((total, arg) => total + this.sumOf(arg), 0) };
    if (name === 'ROUND' && args.length === 2) {
      const digits = this.number(args[1]);
      const value = this.number(args[0]);
      if (!Number.isInteger(digits) || digits < 0) throw new UnsupportedFormula('ROUND digits');
      return { kind: 'value', value: roundHalfUp(value, digits) };
    }
    throw new UnsupportedFormula(`function ${name}`);
  }

  /** SUM skips text, logical values and empty cells in references; a typed argument counts. */
  private sumOf(arg: Operand): number {
    const cells = arg.kind === 'range' ? arg.cells : arg.kind === 'cell' ? [arg.value] : null;
    if (!cells) return (arg as { value: number }).value;
    let total = 0;
    for (const value of cells) {
      if (typeof value === 'number') total += value;
      else if (typeof value === 'string' && value.startsWith('#')) throw new FormulaError(value);
    }
    return total;
  }

  /** A number for arithmetic: empty is 0, TRUE is 1, numeric text converts, an error propagates. */
  private number(operand: Operand): number {
    if (operand.kind === 'value') return operand.value;
    if (operand.kind === 'range') throw new UnsupportedFormula('range in arithmetic');
    const value = operand.value;
    if (value === null) return 0;
    if (typeof value === 'number') return value;
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value.startsWith('#')) throw new FormulaError(value);
    const number = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(number)) throw new FormulaError('#VALUE!');
    return number;
  }
}

/** The formula's value, or throws UnsupportedFormula when it uses anything beyond the forms' arithmetic. */
export function evaluateFormula(formula: string, sheet: string, lookup: CellLookup): FormulaResult {
  return new Parser(tokenize(formula), sheet, lookup).run();
}
