import * as fs from 'fs';
import * as path from 'path';
import { checkManifest } from './check-manifest';

const root = path.resolve(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml (offline checks)', () => {
  it('passes every check', () => {
    expect(checkManifest(manifest, root)).toEqual([]);
  });

  it('declares the Workbook host, ExcelApi requirement and a 评估 button on the Home tab', () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/id="EvaluateButton.Label" DefaultValue="评估"/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  // Each mutation must be caught: proves the checks are not vacuous.
  const mutations: Array<[string, (xml: string) => string, RegExp]> = [
    ['a non-GUID id', (xml) => xml.replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'), /GUID/],
    ['a three-part version', (xml) => xml.replace(/<Version>[^<]+</, '<Version>1.0.0<'), /四段式/],
    ['another permission', (xml) => xml.replace('ReadWriteDocument', 'ReadDocument'), /Permissions/],
    ['a dangling resid', (xml) => xml.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'), /resid 未定义/],
    ['a missing icon file', (xml) => xml.replace('assets/icon-80.png', 'assets/icon-81.png'), /文件不存在/],
    [
      'a second origin',
      (xml) => xml.replace('https://localhost:3000/commands.html', 'https://example.com/commands.html'),
      /同一来源/,
    ],
    [
      'an http URL',
      (xml) => xml.replace('https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html'),
      /https/,
    ],
    [
      'a too-long short string',
      (xml) => xml.replace('DefaultValue="评估"', `DefaultValue="${'评'.repeat(126)}"`),
      /超过 125/,
    ],
    [
      'a too-long description',
      (xml) => xml.replace(/(<Description DefaultValue=")/, `$1${'长'.repeat(251)}`),
      /Description 超过/,
    ],
    [
      'a page the build does not emit',
      (xml) => xml.replace(/taskpane\.html"\/>\n\s*<\/bt:Urls>/, 'pane.html"/>\n</bt:Urls>'),
      /构建产物/,
    ],
    ['broken XML', (xml) => xml.replace('</OfficeApp>', ''), /解析/],
  ];
  it.each(mutations)('rejects %s', (_name, mutate, expected) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    expect(checkManifest(mutated, root).join('\n')).toMatch(expected);
  });
});
