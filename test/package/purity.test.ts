/** src/package runs in the browser too (the page's worker): no exceljs, no Node modules — except ./node. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.join(__dirname, '..', '..', 'src', 'package');
const files = fs.readdirSync(DIR).filter((name) => name.endsWith('.ts') && name !== 'node.ts');

describe.each(files)('src/package/%s', (name) => {
  const source = fs.readFileSync(path.join(DIR, name), 'utf8');
  const imports = [...source.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].map((match) => ({
    typeOnly: Boolean(match[1]),
    from: match[2],
  }));

  it('does not import exceljs', () => {
    expect(imports.filter((entry) => entry.from === 'exceljs')).toEqual([]);
    expect(source).not.toMatch(/require\(\s*'exceljs'\s*\)|import\(\s*'exceljs'\s*\)/);
  });

  it('uses no Node built-in module', () => {
    expect(imports.filter((entry) => /^(node:|fs$|path$|zlib$|os$|crypto$|buffer$)/.test(entry.from))).toEqual([]);
    expect(source).not.toMatch(/\bBuffer\.|process\./);
  });
});
