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

const DIR = path.join(__dirname, '..', '..', 'layout-corpus', 'xlsx');
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.xlsx'));

const ALL_MET = new RegExp(
  [
    '(各项|全部|所有|一切)(的)?(绩效)?(年度)?(指标|工作|目标|任务)[^。；，、]{0,12}(达到|完成|实现|达成|达标)',
    '(均|都|全部|全面|圆满)(已|已经)?(按期|按时|顺利)?(达到|完成|实现|达成|达标)',
    '(达到|完成|实现|达成)了?(全部|各项|所有)',
  ].join('|'),
);
const NEGATION = /未|没有|尚未|不能|没能/;
const withoutMarkers = (text: string) => text.replace(/【[^】]*】/g, '');

async function evaluate(file: string): Promise<Evaluation> {
  return evaluateWorkbook(readPackage(new Uint8Array(readFileSync(path.join(DIR, file))), file, NODE_CODEC));
}

/** Each report's paragraphs with the scored tables it speaks for (department first, then each project). */
function reports(evaluation: Evaluation) {
  const projects = evaluation.scored.filter((t) => t.table.kind === 'project');
  const department = evaluation.scored.filter((t) => t.table.kind !== 'project');
  const scopes = [...(department.length > 0 ? [department] : []), ...projects.map((t) => [t])];
  const out: Array<{ missed: number; texts: string[] }> = [];
  for (const paragraph of evaluation.narrative.paragraphs) {
    if (paragraph.style === 'title') {
      const scope = scopes[out.length] ?? [];
      out.push({ missed: scope.flatMap((t) => t.indicators).filter((i) => i.status === 'missed').length, texts: [] });
    }
    if (paragraph.style === 'body') out[out.length - 1]?.texts.push(paragraph.text);
  }
  return out;
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
      const claims = report.texts.flatMap((t) =>
        (withoutMarkers(t).match(/[^。；]+/g) ?? []).filter((s) => ALL_MET.test(s) && !NEGATION.test(s)),
      );
      if (claims.length > 0) expect({ claims, missed: report.missed }).toEqual({ claims, missed: 0 });
      const clauses = report.texts
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
