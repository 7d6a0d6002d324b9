/**
 * The package reader: .xlsx / .xlsm bytes → the engine's WorkbookSnapshot, straight from the zip. Only the
 * parts the engine needs are inflated (workbook, its rels, sharedStrings, styles, worksheets).
 * Sheets we generated (marked, see ./structure) are output, never input, and are left out.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../engine/snapshot';
import { PackageError, corrupt } from './errors';
import type { InspectLimits } from './inspect';
import { cellFormatCodes } from './number-formats';
import { readSheetXml, stringItemText, type SheetCells } from './read-sheet';
import { partText, readStructure, type PackageStructure } from './structure';
import { openArchive, type Archive, type InflateRaw } from './unzip';
import { computeUncached } from './uncached';
import { TagCursor, XmlSyntaxError, decodeOoxmlEscapes, unescapeXml } from './xml';

export interface ReadOptions {
  limits?: InspectLimits;
  inflate?: InflateRaw;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  structure: PackageStructure;
  /** Per snapshot sheet: formula cells saved without a cached value. */
  uncached: Map<string, SheetCells['uncached']>;
}

/**
 * A string item that is one plain run, `<si><t>…</t></si>`, the form of nearly every shared string: read
 * by one sticky regular expression, as stringItemText would read it; any other item by stringItemText.
 */
const PLAIN_ITEM = /<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/y;

/** Plain items one after another from `at`; returns the offset past the last one read. */
function readPlainItems(xml: string, at: number, strings: string[]): number {
  for (;;) {
    PLAIN_ITEM.lastIndex = at;
    const plain = PLAIN_ITEM.exec(xml);
    if (plain === null) return at;
    strings.push(decodeOoxmlEscapes(unescapeXml(plain[1])));
    at += plain[0].length;
  }
}

export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const cursor = new TagCursor(xml);
  while (cursor.next()) {
    const tag = cursor.tag;
    if (tag.name !== 'si' || tag.closing) continue;
    const plainEnd = readPlainItems(xml, tag.start, strings);
    if (plainEnd > tag.start) {
      cursor.seek(plainEnd);
      continue;
    }
    if (tag.selfClosing) {
      strings.push('');
      continue;
    }
    let close = xml.indexOf('</si>', tag.end);
    if (close < 0) {
      while (cursor.next() && !(cursor.tag.closing && cursor.tag.name === 'si'));
      close = cursor.tag.start;
    }
    strings.push(stringItemText(xml, tag.end, close));
    cursor.seek(close);
  }
  return strings;
}

/** Wraps a malformed part's syntax error as a damaged-file error naming the part. */
function inPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw corrupt(`${part}: ${error.message}`, error);
    throw error;
  }
}

export function readArchive(archive: Archive): ReadResult {
  const structure = inPart('workbook', () => readStructure(archive));
  const strings = structure.sharedStringsPart
    ? inPart(structure.sharedStringsPart, () => sharedStrings(partText(archive, structure.sharedStringsPart!)))
    : [];
  const formats = structure.stylesPart
    ? inPart(structure.stylesPart, () => cellFormatCodes(partText(archive, structure.stylesPart!)))
    : [];
  const sheets: SheetSnapshot[] = [];
  const uncached = new Map<string, SheetCells['uncached']>();
  for (const entry of structure.sheets) {
    if (!entry.worksheet || entry.generated || !entry.part) continue;
    const xml = partText(archive, entry.part);
    if (xml === null) continue;
    const cells = inPart(entry.part, () => readSheetXml(xml, strings, formats));
    const sheet: SheetSnapshot = {
      name: entry.name,
      visibility: entry.visibility,
      values: cells.values,
      merges: cells.merges,
    };
    if (cells.formulas) sheet.formulas = cells.formulas;
    if (cells.numberFormats) sheet.numberFormats = cells.numberFormats;
    if (cells.hiddenRows.length > 0) sheet.hiddenRows = cells.hiddenRows;
    sheets.push(sheet);
    if (cells.uncached.length > 0) uncached.set(entry.name, cells.uncached);
  }
  const snapshot = { sheets };
  computeUncached(snapshot, uncached);
  return { snapshot, structure, uncached };
}

export function readPackageDetailed(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const archive = openArchive(bytes, options);
  try {
    return readArchive(archive);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw corrupt(error instanceof Error ? error.message : String(error), error);
  }
}
