/**
 * What the production build ships: a manifest without localhost, our own trimmed office.js, no exceljs (the
 * page's lazy chunks hold src/package), a tiny commands page, and a CSP on every page.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { DOMParser } from '@xmldom/xmldom';
import { DIST, ensureDistBuilt } from './support/build';

jest.setTimeout(15 * 60_000);

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const read = (name: string) => fs.readFileSync(path.join(DIST, name), 'utf8');
/** A string only exceljs' bundle contains (from the JSZip it carries), never our package code. */
const EXCELJS_MARKER = 'Corrupted zip';

beforeAll(() => {
  ensureDistBuilt();
});

describe('production build', () => {
  it('rewrites the manifest to the production URL', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toMatch(/localhost/i);
    const production = process.env.ADDIN_PRODUCTION_URL || 'https://jixiao.example.gov.cn/addin/';
    expect(manifest).toContain(`${production.replace(/\/?$/, '/')}taskpane.html`);
    expect(manifest).toContain(`${production.replace(/\/?$/, '/')}commands.html`);
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
      manifest,
      'text/xml',
    );
    expect(errors).toEqual([]);
  });

  it('serves a trimmed office.js of its own: Excel host files and zh-cn/en-us strings only', () => {
    const officeFiles = filesUnder(path.join(DIST, 'office-js')).map((file) =>
      path.relative(path.join(DIST, 'office-js'), file).split(path.sep).join('/'),
    );
    expect(officeFiles).toEqual(
      expect.arrayContaining([
        'office.js',
        'excel-win32-16.01.js',
        'excel-web-16.00.js',
        'excel-mac-16.00.js',
        'zh-cn/office_strings.js',
        'en-us/office_strings.js',
      ]),
    );
    expect(
      officeFiles.filter((file) => /debug|telemetry|outlook|word|powerpoint|onenote|project|access/i.test(file)),
    ).toEqual([]);
    const bytes = filesUnder(path.join(DIST, 'office-js')).reduce((total, file) => total + fs.statSync(file).size, 0);
    expect(bytes).toBeLessThan(12 * 1024 * 1024);
  });

  it('ships no exceljs; the lazy chunks (standalone page, src/package) are at most 60 KB gzipped', () => {
    const scripts = fs.readdirSync(DIST).filter((name) => name.endsWith('.js'));
    expect(scripts.filter((name) => read(name).includes(EXCELJS_MARKER))).toEqual([]);
    const lazy = scripts.filter((name) => name !== 'taskpane.js' && name !== 'commands.js');
    expect(lazy.some((name) => name.startsWith('package.'))).toBe(true);
    const gzipped = lazy.reduce(
      (sum, name) => sum + gzipSync(fs.readFileSync(path.join(DIST, name)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(60_000);
    expect(fs.statSync(path.join(DIST, 'taskpane.js')).size).toBeLessThan(1_500_000);
  });

  it('keeps React and Fluent UI out of the commands page', () => {
    const commands = read('commands.js');
    expect(commands).not.toMatch(/react|fluent|griffel/i);
    expect(commands.length).toBeLessThan(10_000);
    expect(read('commands.html')).toMatch(/<script src=["']?office-js\/office\.js/);
  });

  it('puts a same-origin Content-Security-Policy on every page and references no external script', () => {
    for (const page of ['taskpane.html', 'index.html', 'commands.html']) {
      const html = read(page);
      // The minifier drops attribute quotes where it can.
      const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
      for (const directive of ["script-src 'self'", "connect-src 'self'", "frame-src 'self'", "default-src 'self'"]) {
        expect({ page, has: csp.includes(directive) }).toEqual({ page, has: true });
      }
      expect({ page, external: html.match(/(src|href)=["']?https?:\/\/[^"'\s>]+/g) ?? [] }).toEqual({
        page,
        external: [],
      });
    }
    expect(read('taskpane.html')).not.toMatch(/<script[^>]*office/); // injected only inside Office (src/taskpane/startup.ts)
  });
});
