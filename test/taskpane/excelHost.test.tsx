/** @jest-environment jsdom */
/**
 * The task pane with the real Office.js host (src/excel) over the in-memory Excel fake holding the seed
 * workbook: what the user clicks ends up in the workbook.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { REPORT_SHEET_NAME } from '../../src/engine/model';
import { createExcelHost } from '../../src/excel';
import { TaskpaneApp } from '../../src/taskpane/components/App';
import { enginePresenter } from '../../src/taskpane/enginePresenter';
import { FakeWorkbook } from '../fakes/excel-fake';
import { installOfficeStub } from '../fakes/office-stub';
import { seedWorkbook } from '../fixtures/seed';
import { installResizeObserver } from './support';

installResizeObserver();

describe('task pane over the Excel host and the fake workbook', () => {
  let fake: FakeWorkbook;
  let uninstall: () => void;

  beforeEach(() => {
    fake = FakeWorkbook.fromSnapshot(seedWorkbook());
    uninstall = installOfficeStub(globalThis, fake, { displayLanguage: 'zh-CN' });
  });

  afterEach(() => uninstall());

  it('evaluates, selects a finding cell, fixes it and undoes everything', async () => {
    const expected = evaluateWorkbook(seedWorkbook());
    const fixableIndex = expected.findings.findIndex((finding) => finding.fix);
    expect(fixableIndex).toBeGreaterThanOrEqual(0);
    const fixable = expected.findings[fixableIndex];
    const before = fake.dump();
    const user = userEvent.setup();
    render(<TaskpaneApp host={createExcelHost({ locale: 'zh-CN' })} locale="zh-CN" presenter={enginePresenter} />);

    await user.click(screen.getByRole('button', { name: '评估' }));
    await screen.findByTestId('evaluation-summary', undefined, { timeout: 60_000 });
    expect(screen.getAllByTestId('grade-badge').map((badge) => badge.textContent)).toContain('优');
    expect(screen.getAllByTestId('finding')).toHaveLength(expected.findings.length);
    expect(fake.findSheet(REPORT_SHEET_NAME)).toBeDefined();

    const findItem = () =>
      screen
        .getAllByTestId('finding-group')
        .find((group) => group.textContent?.includes(`${fixable.sheet}!${fixable.cell}`))!;
    await user.click(within(findItem()).getAllByRole('button')[0]);
    expect(fake.selection?.sheet).toBe(fixable.sheet);
    expect(fake.selection?.address.replace(/\$/g, '')).toMatch(new RegExp(`^${fixable.cell}`));

    // The seed's J6 score: the fix is shown before it is applied, with the typed 总分 it makes wrong.
    expect(within(findItem()).getByTestId('fix-preview')).toHaveTextContent('J6：4 → 3.83');
    expect(within(findItem()).getByTestId('fix-follow-up')).toHaveTextContent('同时将总分 98.4 改为 98.23');
    await user.click(within(findItem()).getByRole('button', { name: /^修正/ }));
    await screen.findAllByTestId('applied-fix');
    expect(fake.cell(fixable.fix!.sheet, fixable.fix!.cell).value).toEqual(fixable.fix!.value);
    expect(fake.cell(fixable.sheet, 'J32').value).toBe(98.23);
    // Never stale: the pane shows what a fresh evaluation of the workbook as it now is says.
    const fresh = evaluateWorkbook(fake.toSnapshot());
    expect(screen.getAllByTestId('finding').map((item) => item.getAttribute('data-code'))).toEqual(
      fresh.findings.map((finding) => finding.code),
    );
    expect(screen.getByTestId('headline-total')).toHaveTextContent(
      String(fresh.tables.find((t) => t.total !== null)!.total),
    );
    expect(screen.getAllByTestId('applied-fix').map((item) => item.textContent)).toEqual([
      '✓ 已修正 J6：4 → 3.83',
      '✓ 已修正 J32：98.4 → 98.23',
    ]);

    await user.click(screen.getByRole('button', { name: '撤销本次评估' }));
    await screen.findAllByText('已撤销本次评估写入的内容。');
    expect(fake.dump()).toEqual(before);
  });

  it('reopened on an evaluated and fixed workbook, shows what a fresh 评估 shows, without writing', async () => {
    const first = createExcelHost({ locale: 'zh-CN' });
    const { evaluation } = await first.evaluate();
    await first.applyFixes([evaluation.findings.find((finding) => finding.fix)!.fix!]);
    const written = fake.dump();
    const syncs = fake.syncCount;
    render(<TaskpaneApp host={createExcelHost({ locale: 'zh-CN' })} locale="zh-CN" presenter={enginePresenter} />);
    await screen.findByText('显示的是本工作簿上次评估写入的结果；点击“评估”可重新评估。', undefined, {
      timeout: 60_000,
    });
    const fresh = evaluateWorkbook(fake.toSnapshot());
    expect(screen.getAllByTestId('finding').map((item) => item.getAttribute('data-code'))).toEqual(
      fresh.findings.map((finding) => finding.code),
    );
    expect(fake.dump()).toEqual(written);
    expect(fake.syncCount - syncs).toBe(2);
  });
});
