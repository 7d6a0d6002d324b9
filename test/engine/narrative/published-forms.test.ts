/**
 * The 自评报告 of published forms we did not design (the layout corpus: real 自评表 from many provinces,
 * rebuilt with their published values): the same publishing checks as on the fixtures — no "all met"
 * claim the scored model contradicts, no loose note, markers = 【, no clause said twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { Evaluation } from '../../../src/engine/model';
import { markersOf } from '../../../src/engine/narrative/markers';
import { readPackage } from '../../../src/package';
import { NODE_CODEC } from '../../../src/package/node';
import { allMetClaims, reports, withoutMarkers } from './publishing-checks';

const DIR = path.join(__dirname, '..', '..', 'layout-corpus', 'xlsx');
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.xlsx'));

async function evaluate(file: string): Promise<Evaluation> {
  return evaluateWorkbook(readPackage(new Uint8Array(readFileSync(path.join(DIR, file))), file, NODE_CODEC));
}

test('the corpus is there', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(12);
});

describe.each(FILES)('%s', (file) => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluate(file);
  });

  test('publishable: no contradicted "all met", no loose note, markers = 【, no clause twice', () => {
    const paragraphs = evaluation.narrative.paragraphs;
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/经校验|经本工具校验|该数据存在异常/);
    expect(withoutMarkers(text)).not.toMatch(/待核实|待填写|【|】/);
    expect(markersOf(paragraphs)).toHaveLength(text.split('【').length - 1);
    // One paragraph per line: a line break typed inside a name or text never reaches a paragraph.
    expect(paragraphs.filter((p) => p.text.includes('\n'))).toEqual([]);
    // No heading or sentence built around an empty name ("（五）情况分析", "类指标的…").
    expect(paragraphs.filter((p) => /^（.{1,3}）情况分析$|^类指标/.test(p.text))).toEqual([]);
    for (const report of reports(evaluation)) {
      const texts = report.paragraphs.filter((p) => p.style === 'body').map((p) => p.text);
      const missed = report.tables.flatMap((t) => t.indicators).filter((i) => i.status === 'missed').length;
      const claims = texts.flatMap(allMetClaims);
      if (claims.length > 0) expect({ claims, missed }).toEqual({ claims, missed: 0 });
      const clauses = texts
        .flatMap((t) => withoutMarkers(t).split(/[。；，：]/))
        .map((c) => c.trim())
        .filter((c) => c.length >= 12 && !c.startsWith('得分'));
      expect(clauses.filter((c, i) => clauses.indexOf(c) !== i)).toEqual([]);
    }
  });
});

test('宁德 2018: amounts typed in 元 under a 万元 header carry the 待核实 marker at the first amount, not a leftover count', async () => {
  const evaluation = await evaluate('fujian-ningde-2018-department.xlsx');
  const suspect = evaluation.findings.find((f) => f.code === 'money-unit-suspect')!;
  expect(suspect).toBeDefined();
  const paragraphs = evaluation.narrative.paragraphs.map((p) => p.text);
  const first = paragraphs.find((t) => /\d万元/.test(t))!;
  expect(first).toMatch(
    new RegExp(`^[^万]*\\d万元【待核实：金额疑似按元填写，而表头单位为万元，${suspect.sheet}!${suspect.cell}】`),
  );
  expect(paragraphs.filter((t) => t.includes('金额疑似按元填写'))).toHaveLength(1);
  expect(paragraphs.filter((t) => t.includes('未在正文中标出'))).toEqual([]);
});

test('衡山 2020: the row whose result cannot be told carries the finding at its actual in the same marker', async () => {
  const evaluation = await evaluate('hunan-hengshan-2020-targets.xlsx');
  const finding = evaluation.findings.find((f) => f.code === 'non-numeric-actual')!;
  expect(finding.cell).toBe('F21');
  const text = evaluation.narrative.paragraphs.map((p) => p.text).join('\n');
  expect(text).toContain(
    '【待核实：政策性挂账利息补贴保障率是否达到指标值无法从表中判断（指标值100%，实际完成值无）；定量指标的实际完成值不是数值，绩效目标自评表!F21】',
  );
  expect(text).not.toContain('未在正文中标出');
});
