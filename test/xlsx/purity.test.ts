/** src/xlsx runs in the browser too: exceljs is passed in, never imported as a value; no Node modules. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.join(__dirname, '..', '..', 'src', 'xlsx');
const files = fs.readdirSync(DIR).filter((name) => name.endsWith('.ts'));

describe.each(files)('src/xlsx/%s', (name) => {
  const source = fs.readFileSync(path.join(DIR, name), 'utf8');
  const imports = [...source.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].map((match) => ({
    typeOnly: Boolean(match[1]),
    from: match[2],
  }));

  it('imports exceljs for types only', () => {
    expect(imports.filter((entry) => entry.from === 'exceljs' && !entry.typeOnly)).toEqual([]);
    expect(source).not.toMatch(/require\(\s*'exceljs'\s*\)|import\(\s*'exceljs'\s*\)/);
  });

  it('uses no Node built-in module', () => {
    expect(imports.filter((entry) => /^(node:|fs$|path$|zlib$|os$|crypto$|buffer$)/.test(entry.from))).toEqual([]);
    expect(source).not.toMatch(/\bBuffer\.|process\./);
  });
});
