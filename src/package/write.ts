/**
 * The package writer: the user's package plus our changes. Every part we do not change is copied as
 * stored (byte for byte: charts, drawings, images, comments, VBA, pivot caches, custom XML, printer
 * settings, theme); changed sheets keep all their non-cell XML (./sheet-patch); new cell formats are added
 * to styles.xml (./styles); generated sheets are written as new parts and registered in workbook.xml, its
 * rels and [Content_Types].xml — or, when a sheet we generated before is there (marked), replace it in place.
 * A user's sheet is never replaced: ours then takes a free name (自评报告(2)).
 */
import type { GeneratedSheet } from '../engine/model';
import { PackageError } from './errors';
import { generatedSheetXml, type SheetExtras } from './generated-sheet';
import { patchSheetXml, type CellEdit } from './sheet-patch';
import { GENERATED_MARK, REL_TYPE, findEntry, partText, readStructure, type PackageStructure } from './structure';
import { MINIMAL_STYLES_XML, StyleBook } from './styles';
import { openArchive, rawEntryData, type Archive, type InflateRaw } from './unzip';
import { DEFAULT_DEFLATE_LEVEL, zipParts, type Crc32, type DeflateRaw, type ZipPart } from './zip-write';
import { encodePart, escapeXml } from './xml';

export interface PackageEdits {
  cells: readonly CellEdit[];
  sheets: ReadonlyArray<GeneratedSheet & SheetExtras>;
}

export interface WriteOptions {
  /**
   * The structure readPackageDetailed read from these same bytes: the writer then does not read the
   * workbook part and its relationships a second time (it would find the same).
   */
  structure?: PackageStructure;
  inflate?: InflateRaw;
  deflate?: DeflateRaw;
  crc32?: Crc32;
  level?: number;
}

/** A cell write names a sheet the workbook does not have (or one we generated). */
export class MissingSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet not found: ${sheet}`);
    this.name = 'MissingSheetError';
  }
}

const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text of parts to replace or add, by part name. */
type PartTexts = Map<string, string>;

export function patchPackage(bytes: Uint8Array, edits: PackageEdits, options: WriteOptions = {}): Uint8Array {
  const archive = openArchive(bytes, { inflate: options.inflate });
  const structure = options.structure ?? readStructure(archive);
  const changed: PartTexts = new Map();
  const stylesPart = structure.stylesPart ?? 'xl/styles.xml';
  const styles = new StyleBook(partText(archive, stylesPart) ?? MINIMAL_STYLES_XML);

  const replacedFormula = patchCells(archive, structure, edits.cells, styles, changed);
  placeGeneratedSheets(archive, structure, edits.sheets, styles, changed);
  if (styles.changed) {
    changed.set(stylesPart, styles.toXml());
    if (!structure.stylesPart)
      registerPart(archive, structure, changed, stylesPart, STYLES_CONTENT_TYPE, REL_TYPE.styles);
  }
  const dropped = replacedFormula ? dropCalcChain(archive, structure, changed) : null;
  return assemble(archive, changed, options, dropped);
}

/**
 * A formula cell we overwrote (a fix in the page) leaves xl/calcChain.xml pointing at a formula that is
 * gone, which Excel reports as damage; without the part Excel simply rebuilds it.
 */
function dropCalcChain(archive: Archive, structure: PackageStructure, changed: PartTexts): string | null {
  const rel = structure.rels.find((r) => r.type.endsWith('/calcChain') && !r.external);
  const entry = rel ? findEntry(archive, rel.target) : undefined;
  if (!rel || !entry) return null;
  const rels = currentText(archive, changed, structure.relsPart) ?? '';
  changed.set(
    structure.relsPart,
    rels.replace(new RegExp(`<(\\w+:)?Relationship\\b[^>]*\\bId="${rel.id}"[^>]*/>`), ''),
  );
  const types = currentText(archive, changed, '[Content_Types].xml') ?? '';
  changed.set(
    '[Content_Types].xml',
    types.replace(new RegExp(`<Override\\b[^>]*PartName="/${entry.name}"[^>]*/>`, 'i'), ''),
  );
  return entry.name;
}

/** Returns whether a formula cell was overwritten. */
function patchCells(
  archive: Archive,
  structure: PackageStructure,
  cells: readonly CellEdit[],
  styles: StyleBook,
  changed: PartTexts,
): boolean {
  let replacedFormula = false;
  const bySheet = new Map<string, CellEdit[]>();
  for (const cell of cells) {
    const list = bySheet.get(cell.sheet);
    if (list) list.push(cell);
    else bySheet.set(cell.sheet, [cell]);
  }
  for (const [name, list] of bySheet) {
    const entry = structure.sheets.find((sheet) => sheet.name === name && sheet.worksheet && !sheet.generated);
    const xml = entry?.part ? (changed.get(entry.part) ?? partText(archive, entry.part)) : null;
    if (!entry || xml === null) throw new MissingSheetError(name);
    const patched = patchSheetXml(xml, list, styles);
    changed.set(entry.part, patched.xml);
    replacedFormula ||= patched.replacedFormula;
  }
  return replacedFormula;
}

/** Sheet names compare case-insensitively in Excel. */
function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function freePart(archive: Archive, changed: PartTexts, folder: string): string {
  for (let n = 1; ; n++) {
    const part = `${folder}sheet${n}.xml`;
    if (!findEntry(archive, part) && !changed.has(part)) return part;
  }
}

function placeGeneratedSheets(
  archive: Archive,
  structure: PackageStructure,
  sheets: PackageEdits['sheets'],
  styles: StyleBook,
  changed: PartTexts,
): void {
  const taken = new Set(structure.sheets.map((sheet) => sheet.name.toLowerCase()));
  const marks = generatedMarks(structure.workbookXml);
  const workbookFolder = structure.workbookPart.slice(0, structure.workbookPart.lastIndexOf('/') + 1);
  const newSheets: Array<{ name: string; base: string; relId: string }> = [];
  for (const sheet of sheets) {
    const xml = generatedSheetXml(sheet, styles, sheet);
    const ours = structure.sheets.find(
      (entry) => entry.generated && marks.get(entry.index) === sheet.name && entry.part,
    );
    if (ours) {
      changed.set(ours.part, xml);
      continue;
    }
    const name = freeName(sheet.name, taken);
    taken.add(name.toLowerCase());
    const part = freePart(archive, changed, `${workbookFolder}worksheets/`);
    changed.set(part, xml);
    const relId = addRelationship(archive, structure, changed, REL_TYPE.worksheet, part.slice(workbookFolder.length));
    addContentType(archive, changed, part, WORKSHEET_CONTENT_TYPE);
    newSheets.push({ name, base: sheet.name, relId });
  }
  if (newSheets.length > 0) addSheetsToWorkbook(structure, changed, newSheets);
}

/** localSheetId → base name, of the sheets we marked as generated. */
function generatedMarks(workbookXml: string): Map<number, string> {
  const marks = new Map<number, string>();
  const pattern = new RegExp(`<(?:\\w+:)?definedName\\b([^>]*)>([^<]*)<`, 'g');
  for (const match of workbookXml.matchAll(pattern)) {
    if (!match[1].includes(`name="${GENERATED_MARK}"`)) continue;
    const scope = /localSheetId="(\d+)"/.exec(match[1]);
    const base = /^"(.*)"$/.exec(match[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    if (scope && base) marks.set(Number(scope[1]), base[1].replace(/""/g, '"'));
  }
  return marks;
}

function currentText(archive: Archive, changed: PartTexts, part: string): string | null {
  return changed.get(part) ?? partText(archive, part);
}

function addRelationship(
  archive: Archive,
  structure: PackageStructure,
  changed: PartTexts,
  type: string,
  target: string,
): string {
  const xml =
    currentText(archive, changed, structure.relsPart) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((match) => match[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  changed.set(
    structure.relsPart,
    insertBeforeClose(xml, 'Relationships', `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`),
  );
  return id;
}

function addContentType(archive: Archive, changed: PartTexts, part: string, contentType: string): void {
  const xml = currentText(archive, changed, '[Content_Types].xml') ?? '';
  changed.set(
    '[Content_Types].xml',
    insertBeforeClose(xml, 'Types', `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`),
  );
}

function registerPart(
  archive: Archive,
  structure: PackageStructure,
  changed: PartTexts,
  part: string,
  contentType: string,
  relType: string,
): void {
  const folder = structure.workbookPart.slice(0, structure.workbookPart.lastIndexOf('/') + 1);
  addRelationship(archive, structure, changed, relType, part.slice(folder.length));
  addContentType(archive, changed, part, contentType);
}

/** Inserts text before the closing tag of the root element `name` (any prefix); a self-closing root opens up. */
function insertBeforeClose(xml: string, name: string, text: string): string {
  const close = xml.search(new RegExp(`</(\\w+:)?${name}>\\s*$`));
  if (close >= 0) return xml.slice(0, close) + text + xml.slice(close);
  const selfClosing = new RegExp(`<((?:\\w+:)?${name})\\b([^>]*?)/>`).exec(xml);
  if (!selfClosing) throw new PackageError('corrupt', { reason: `no <${name}> element` });
  const opened = `<${selfClosing[1]}${selfClosing[2]}>${text}</${selfClosing[1]}>`;
  return xml.slice(0, selfClosing.index) + opened + xml.slice(selfClosing.index + selfClosing[0].length);
}

function addSheetsToWorkbook(
  structure: PackageStructure,
  changed: PartTexts,
  sheets: Array<{ name: string; base: string; relId: string }>,
): void {
  let xml = changed.get(structure.workbookPart) ?? structure.workbookXml;
  const root = /<((\w+):)?workbook\b[^>]*>/.exec(xml);
  const p = root?.[2] ? `${root[2]}:` : '';
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(root?.[0] ?? '')?.[1];
  const relAttr = (id: string) => (relPrefix ? `${relPrefix}:id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`);
  let nextId = Math.max(0, ...structure.sheets.map((sheet) => sheet.sheetId)) + 1;
  const elements = sheets
    .map((sheet) => `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${nextId++}" ${relAttr(sheet.relId)}/>`)
    .join('');
  xml = insertInto(xml, 'sheets', elements, p);
  const first = structure.sheets.length;
  const names = sheets
    .map((sheet, index) => {
      const base = `"${sheet.base.replace(/"/g, '""')}"`;
      return `<${p}definedName name="${GENERATED_MARK}" localSheetId="${first + index}" hidden="1">${escapeXml(base)}</${p}definedName>`;
    })
    .join('');
  if (/<(\w+:)?definedNames\b[^>]*>/.test(xml) && !/<(\w+:)?definedNames\b[^>]*\/>/.test(xml)) {
    xml = insertInto(xml, 'definedNames', names, p);
  } else {
    xml = xml.replace(/<(\w+:)?definedNames\b[^>]*\/>/, '');
    // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames.
    const anchor = ['externalReferences', 'functionGroups', 'sheets']
      .map((tag) => new RegExp(`</(\\w+:)?${tag}>`).exec(xml))
      .find((match) => match !== null);
    if (!anchor) throw new PackageError('corrupt', { reason: 'workbook without <sheets>' });
    const at = anchor.index + anchor[0].length;
    xml = `${xml.slice(0, at)}<${p}definedNames>${names}</${p}definedNames>${xml.slice(at)}`;
  }
  changed.set(structure.workbookPart, xml);
}

/** Appends children to the element `name` (first occurrence). */
function insertInto(xml: string, name: string, text: string, p: string): string {
  const close = new RegExp(`</(\\w+:)?${name}>`).exec(xml);
  if (close) return xml.slice(0, close.index) + text + xml.slice(close.index);
  const selfClosing = new RegExp(`<(\\w+:)?${name}\\b([^>]*)/>`).exec(xml);
  if (!selfClosing) throw new PackageError('corrupt', { reason: `no <${name}>` });
  return `${xml.slice(0, selfClosing.index)}<${p}${name}${selfClosing[2]}>${text}</${p}${name}>${xml.slice(selfClosing.index + selfClosing[0].length)}`;
}

function assemble(archive: Archive, changed: PartTexts, options: WriteOptions, dropped: string | null): Uint8Array {
  const parts: ZipPart[] = [];
  const written = new Set<string>();
  for (const entry of archive.entries) {
    if (entry.name === dropped) continue;
    const text = changed.get(entry.name);
    written.add(entry.name);
    if (text !== undefined) parts.push({ name: entry.name, data: encodePart(text) });
    else {
      parts.push({
        name: entry.name,
        raw: {
          method: entry.method,
          data: rawEntryData(archive, entry),
          crc: entry.crc,
          uncompressedSize: entry.uncompressedSize,
        },
      });
    }
  }
  for (const [part, text] of changed) if (!written.has(part)) parts.push({ name: part, data: encodePart(text) });
  return zipParts(parts, {
    level: options.level ?? DEFAULT_DEFLATE_LEVEL,
    deflate: options.deflate,
    crc32: options.crc32,
  });
}
