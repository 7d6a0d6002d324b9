/** The evaluation session every host shares: edits, previews, follow-ups and never-stale re-evaluation. */
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { narrativeText } from '../../src/engine/narrative';
import { renderFinding } from '../../src/engine/render';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import {
  cellChange,
  cellState,
  displayValue,
  editSnapshot,
  EvaluationSession,
  followUpsOf,
  withFollowUps,
  writtenSummary,
  type EvaluateFn,
} from '../../src/host/session';
import { SEED_SCORE_SHEET, seedWorkbook } from '../fixtures/seed';

const engine: EvaluateFn = (snapshot, profile) => evaluateWorkbook(snapshot, { profile });

function scoreFix() {
  const evaluation = evaluateWorkbook(seedWorkbook());
  const finding = evaluation.findings.find(
    (candidate) => candidate.code === 'score-mismatch' && candidate.cell === 'J6',
  );
  expect(finding?.fix).toBeDefined();
  return finding!.fix!;
}

describe('editSnapshot', () => {
  const small = (): WorkbookSnapshot => ({
    sheets: [
      { name: 'A', visibility: 'visible', values: [[1, 2]], merges: [] },
      { name: 'B', visibility: 'visible', values: [['x']], merges: [] },
    ],
  });

  it('writes values, formulas and formats into a copy, padding rows and columns, sharing untouched sheets', () => {
    const before = small();
    const after = editSnapshot(before, [
      { sheet: 'A', cell: 'D3', value: 0.5, formula: '=B1/A1', numberFormat: '0.00%' },
      { sheet: 'A', cell: 'A1', value: 9 },
    ]);
    expect(before.sheets[0].values).toEqual([[1, 2]]);
    expect(after.sheets[1]).toBe(before.sheets[1]);
    expect(cellState(after, 'A', 'D3')).toEqual({ value: 0.5, formula: '=B1/A1', numberFormat: '0.00%' });
    expect(cellState(after, 'A', 'A1')).toEqual({ value: 9, formula: null, numberFormat: null });
    expect(after.sheets[0].values[2]).toEqual([null, null, null, 0.5]);
  });

  it('ignores edits of sheets the snapshot does not have and returns the same snapshot for no edit', () => {
    const before = small();
    expect(editSnapshot(before, [])).toBe(before);
    expect(editSnapshot(before, [{ sheet: 'Z', cell: 'A1', value: 1 }]).sheets).toEqual(before.sheets);
  });
});

describe('displayValue', () => {
  it.each([
    [4, null, '4'],
    [3.83, 'General', '3.83'],
    [0.7994, '0.00%', '79.94%'],
    ['优', null, '优'],
    [null, null, '（空）'],
    ['', null, '（空）'],
  ])('%p with format %p → %p', (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });
});

describe('fix previews and follow-ups on the seed workbook', () => {
  it('shows J6：4 → 3.83 and the typed 总分 it makes wrong (98.4 → 98.23)', () => {
    const snapshot = seedWorkbook();
    const fix = scoreFix();
    expect(cellChange(snapshot, fix)).toMatchObject({ from: '4', to: '3.83' });
    const followUps = followUpsOf(snapshot, [fix], engine, 'national');
    expect(followUps.map(({ role, from, to, fix: total }) => ({ role, from, to, cell: total.cell }))).toEqual([
      { role: 'total', from: '98.4', to: '98.23', cell: 'J32' },
    ]);
  });

  it('finds no follow-up for a fix that leaves the total as it is', () => {
    const snapshot = seedWorkbook();
    const total = { sheet: SEED_SCORE_SHEET, cell: 'J32', value: 98.4 };
    expect(followUpsOf(snapshot, [total], engine, 'national')).toEqual([]);
  });

  it('adds the follow-ups once, each cell written once', () => {
    const snapshot = seedWorkbook();
    const fix = scoreFix();
    const all = withFollowUps(snapshot, [fix, fix], engine, 'national');
    expect(all.map((each) => each.cell)).toEqual(['J6', 'J32']);
  });
});

describe('EvaluationSession', () => {
  it('re-evaluates from what was written: the result equals a fresh evaluation of the edited workbook', () => {
    const session = new EvaluationSession(seedWorkbook(), engine, 'zh-CN');
    session.run('national');
    const fixes = session.expand([scoreFix()]);
    const next = session.next(fixes);
    session.commit(next);
    const fresh = evaluateWorkbook(editSnapshot(seedWorkbook(), fixes));
    expect(session.evaluation?.findings).toEqual(fresh.findings);
    expect(session.evaluation?.tables.map((table) => table.total)).toEqual(fresh.tables.map((table) => table.total));
    expect(session.evaluation?.findings.some((finding) => finding.code === 'total-mismatch')).toBe(false);
    const view = session.view(null);
    expect(view.fixes.map((preview) => preview.change.fix.cell)).toEqual(
      fresh.findings.flatMap((finding) => (finding.fix ? [finding.fix.cell] : [])),
    );
  });

  it('words each view in its locale: the UI shows these texts and renders nothing itself', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const session = new EvaluationSession(seedWorkbook(), engine, locale);
      session.commit(session.next([scoreFix()]));
      const view = session.view(null);
      const evaluation = session.evaluation!;
      expect(evaluation.findings.length).toBeGreaterThan(0);
      expect(view.text.findings).toEqual(evaluation.findings.map((finding) => renderFinding(finding, locale)));
      expect(view.text.report.text).toBe(narrativeText(evaluation.narrative));
      expect(view.text.report.html).toContain('<h1>');
      expect(view.text.report.markers.length).toBeGreaterThan(0);
    }
    const zh = new EvaluationSession(seedWorkbook(), engine, 'zh-CN').view(null).text.findings;
    const en = new EvaluationSession(seedWorkbook(), engine, 'en-US').view(null).text.findings;
    expect(zh).not.toEqual(en);
  });

  it('goes back to the snapshot as read on reset, keeping the profile', () => {
    const session = new EvaluationSession(seedWorkbook(), engine, 'zh-CN');
    const first = session.run('bands-80');
    session.commit(session.next([scoreFix()]));
    session.reset();
    expect(session.profileName).toBe('bands-80');
    expect(session.run(session.profileName).findings).toEqual(first.findings);
  });
});

describe('writtenSummary', () => {
  it('separates added from updated generated sheets', () => {
    const summary = writtenSummary(
      [{ sheet: 'S', cell: 'A1' }],
      ['自评报告', '评估结果'],
      (name) => name === '评估结果',
    );
    expect(summary).toEqual({ cells: [{ sheet: 'S', cell: 'A1' }], added: ['自评报告'], updated: ['评估结果'] });
  });
});
