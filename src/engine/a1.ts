/** The one A1 ↔ index converter (0-based rows and columns), used by the engine and every host. */
import type { CellArea } from './snapshot';

export function columnName(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnIndex(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) throw new RangeError(`bad column name ${name}`);
  let index = 0;
  for (let at = 0; at < name.length; at++) {
    const code = name.charCodeAt(at);
    index = index * 26 + ((code >= 97 ? code - 32 : code) - 64); // a–z as A–Z
  }
  return index - 1;
}

export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`bad row index ${row}`);
  return `${columnName(col)}${row + 1}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  const row = match ? Number(match[2]) : 0;
  if (!match || row < 1) throw new RangeError(`bad cell address ${address}`);
  return { row: row - 1, col: columnIndex(match[1]) };
}

export function areaToA1(area: CellArea): string {
  const start = toA1(area.top, area.left);
  const end = toA1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** 'B2:D5' (or 'Sheet1!B2:D5', or a single cell) → area. */
export function parseArea(address: string): CellArea {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = bare.split(':');
  const a = parseA1(parts[0]);
  const b = parts.length > 1 ? parseA1(parts[1]) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Quote a sheet name for a formula reference when needed: 'It''s 表'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
