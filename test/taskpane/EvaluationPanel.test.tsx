/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderFinding } from '../../src/engine/render';
import { TaskpaneApp } from '../../src/taskpane/components/App';
import { enginePresenter } from '../../src/taskpane/enginePresenter';
import type { CopyEnvironment } from '../../src/taskpane/clipboard';
import type { Locale } from '../../src/taskpane/messages';
import {
  RATE_FIX,
  RecordingHost,
  TOTAL_FIX,
  deferred,
  installResizeObserver,
  sampleEvaluation,
  sampleFindings,
} from './support';

installResizeObserver();
import type { Evaluation } from '../../src/engine/model';

function setup(options: { locale?: Locale; host?: RecordingHost; copyEnvironment?: CopyEnvironment } = {}) {
  const host = options.host ?? new RecordingHost(sampleEvaluation());
  // A real host words its views in the pane's language (src/host/present).
  host.locale = options.locale ?? 'zh-CN';
  const user = userEvent.setup();
  render(
    <TaskpaneApp
      host={host}
      locale={options.locale ?? 'zh-CN'}
      presenter={enginePresenter}
      copyEnvironment={options.copyEnvironment}
    />,
  );
  return { host, user };
}

async function evaluate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '评估' }));
  await screen.findByTestId('evaluation-summary');
}

const findings = sampleFindings();
const text = (index: number, locale: Locale = 'zh-CN') => renderFinding(findings[index], locale);

describe('EvaluationPanel', () => {
  it('shows the table summary with grade, rate and total, and every finding with its cell', async () => {
    const { host, user } = setup();
    expect(screen.queryByTestId('evaluation-summary')).not.toBeInTheDocument();
    await evaluate(user);
    expect(host.callsOf('evaluate')).toHaveLength(1);
    const summary = screen.getByTestId('table-summary');
    expect(within(summary).getByTestId('grade-badge')).toHaveTextContent('优');
    expect(summary).toHaveTextContent('94.08%');
    expect(within(summary).getByTestId('table-total')).toHaveTextContent('98.4');
    expect(summary).toHaveTextContent('屏边县政务服务管理局');
    const items = screen.getAllByTestId('finding');
    expect(items).toHaveLength(4);
    // In the engine's order, one group per cell, each named by its cell.
    expect(items.map((item) => item.getAttribute('data-code'))).toEqual([
      'rate-mismatch',
      'staff-over-authorized',
      'total-mismatch',
      'low-execution-unexplained',
    ]);
    expect(items[0]).toHaveTextContent(text(0));
    expect(screen.getAllByTestId('finding-group')[0]).toHaveTextContent('部门整体支出绩效目标完成情况表!H8');
    // The fix's value before it is applied.
    expect(within(items[0]).getByTestId('fix-preview')).toHaveTextContent('H8：old → 0.7994');
    // The headline: total, grade, counts and what was written with links to the sheets.
    expect(screen.getByTestId('headline-total')).toHaveTextContent('98.4');
    expect(screen.getByTestId('headline-grade')).toHaveTextContent('优');
    expect(screen.getByTestId('headline-counts')).toHaveTextContent('错误 2警告 1提示 1');
    expect(screen.getByTestId('written-summary')).toHaveTextContent(
      '未改动原有单元格，新增 2 张工作表：自评报告、评估结果。',
    );
    await user.click(screen.getAllByTestId('written-sheet-link')[0]);
    expect(host.callsOf('goTo')).toEqual([['自评报告', 'A1']]);
    expect(await screen.findByTestId('narrative-text')).toHaveTextContent('预算执行率达94.08%。');
    expect(screen.getByRole('heading', { name: '一、部门基本情况' })).toBeInTheDocument();
  });

  it('disables 评估 and shows progress while the evaluation runs', async () => {
    const host = new RecordingHost(sampleEvaluation());
    const pending = deferred<Evaluation>();
    host.nextEvaluate = () => pending.promise;
    const { user } = setup({ host });
    const button = screen.getByRole('button', { name: '评估' });
    await user.click(button);
    expect(button).toBeDisabled();
    expect(screen.getByText('正在评估…')).toBeInTheDocument();
    await user.click(button); // a second click while running must not start another evaluation
    expect(host.callsOf('evaluate')).toHaveLength(1);
    await act(async () => pending.resolve(sampleEvaluation()));
    expect(button).toBeEnabled();
    expect(screen.queryByText('正在评估…')).not.toBeInTheDocument();
    expect(screen.getByTestId('grade-badge')).toHaveTextContent('优');
  });

  it('remembers the profile per workbook and evaluates with it', async () => {
    const { host, user } = setup();
    await user.selectOptions(screen.getByTestId('profile-select'), 'bands-80');
    await evaluate(user);
    expect(host.callsOf('evaluate')).toEqual([['bands-80']]);
    expect(localStorage.getItem('jixiao.profile:test:workbook')).toBe('bands-80');
  });

  it('filters findings by severity', async () => {
    const { user } = setup();
    await evaluate(user);
    await user.click(screen.getByTestId('filter-error'));
    expect(screen.getByTestId('filter-error')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByTestId('finding').map((item) => item.getAttribute('data-code'))).toEqual([
      'staff-over-authorized',
      'low-execution-unexplained',
    ]);
    await user.click(screen.getByTestId('filter-warning'));
    await user.click(screen.getByTestId('filter-info'));
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.getByText('所选级别下没有问题。')).toBeInTheDocument();
    await user.click(screen.getByTestId('filter-error'));
    expect(screen.getAllByTestId('finding')).toHaveLength(2);
  });

  it('goes to the sheet and cell of a clicked finding, also with the keyboard', async () => {
    const { host, user } = setup();
    await evaluate(user);
    const staff = screen.getByRole('button', { name: new RegExp(`C4：${escape(text(1))}`) });
    await user.click(staff);
    expect(host.callsOf('goTo')).toEqual([['部门整体支出绩效目标完成情况表', 'C4']]);
    expect(staff).toHaveAttribute('aria-current', 'true');
    const first = screen.getByRole('button', { name: new RegExp(escape(text(0))) });
    first.focus();
    await user.keyboard('{Enter}');
    expect(host.callsOf('goTo')[1]).toEqual(['部门整体支出绩效目标完成情况表', 'H8']);
    // Arrow keys move between the findings.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(staff);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: new RegExp(escape(text(3))) }));
    await user.keyboard('{ArrowUp}{Enter}');
    expect(host.callsOf('goTo')[2]).toEqual(['部门整体支出绩效目标完成情况表', 'J30']);
  });

  it('applies one fix with 修正, shows the new view and the applied fix faded, then 全部修正 the rest', async () => {
    const { host, user } = setup();
    await evaluate(user);
    expect(screen.getByRole('button', { name: '全部修正（2）' })).toBeInTheDocument();
    const rateItem = screen.getAllByTestId('finding')[0];
    await user.click(within(rateItem).getByRole('button', { name: /^修正/ }));
    expect(host.callsOf('applyFixes')).toEqual([[[RATE_FIX]]]);
    // The pane shows the host's new view: the fixed finding is gone, the counts follow.
    await screen.findAllByText('已修正 1 处。');
    expect(screen.getAllByTestId('finding').map((item) => item.getAttribute('data-code'))).not.toContain(
      'rate-mismatch',
    );
    expect(screen.getByTestId('headline-counts')).toHaveTextContent('错误 1');
    expect(screen.getByTestId('applied-fix')).toHaveTextContent('✓ 已修正 H8：old → 0.7994');
    expect(screen.getByTestId('written-summary')).toHaveTextContent('已写入 1 个单元格');
    await user.click(screen.getByRole('button', { name: '全部修正（1）' }));
    expect(host.callsOf('applyFixes')[1]).toEqual([[TOTAL_FIX]]);
    await waitFor(() => expect(screen.getAllByTestId('applied-fix')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /全部修正/ })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('applied-fix')).toHaveLength(2);
  });

  it('全部修正 sends every visible fix in one batch, and only the visible ones', async () => {
    const { host, user } = setup();
    await evaluate(user);
    await user.click(screen.getByRole('button', { name: '全部修正（2）' }));
    expect(host.callsOf('applyFixes')).toEqual([[[RATE_FIX, TOTAL_FIX]]]);
  });

  it('全部修正 leaves the fixes a filter hides', async () => {
    const evaluation = sampleEvaluation();
    evaluation.findings[2] = { ...evaluation.findings[2], severity: 'warning' };
    const { host, user } = setup({ host: new RecordingHost(evaluation) });
    await evaluate(user);
    await user.click(screen.getByTestId('filter-warning'));
    await user.click(screen.getByRole('button', { name: '全部修正（1）' }));
    expect(host.callsOf('applyFixes')).toEqual([[[RATE_FIX]]]);
  });

  it('groups two findings on the same cell under that cell', async () => {
    const findings = sampleFindings();
    findings[1] = { ...findings[1], cell: 'H8' };
    const { user } = setup({ host: new RecordingHost(sampleEvaluation(findings)) });
    await evaluate(user);
    const groups = screen.getAllByTestId('finding-group');
    expect(groups).toHaveLength(3);
    expect(
      within(groups[0])
        .getAllByTestId('finding')
        .map((item) => item.getAttribute('data-code')),
    ).toEqual(['rate-mismatch', 'staff-over-authorized']);
  });

  it('shows the first table cards of a large workbook and the rest on request', async () => {
    const evaluation = sampleEvaluation();
    evaluation.tables = Array.from({ length: 9 }, (_, i) => ({ ...evaluation.tables[0], sheet: `表${i + 1}` }));
    const { user } = setup({ host: new RecordingHost(evaluation) });
    await evaluate(user);
    expect(screen.getAllByTestId('table-summary')).toHaveLength(6);
    await user.click(screen.getByRole('button', { name: '显示全部 9 张表' }));
    expect(screen.getAllByTestId('table-summary')).toHaveLength(9);
    // The headline counts every table.
    expect(screen.getByText('9 张表已评分')).toBeInTheDocument();
  });

  it('offers no filter for a severity without findings', async () => {
    const { user } = setup({ host: new RecordingHost(sampleEvaluation(sampleFindings().slice(0, 2))) });
    await evaluate(user);
    expect(screen.getByTestId('filter-error')).toBeInTheDocument();
    expect(screen.queryByTestId('filter-info')).not.toBeInTheDocument();
  });

  it('offers 撤销本次评估 only when the host can undo, and calls undo', async () => {
    const { host, user } = setup();
    expect(screen.queryByRole('button', { name: '撤销本次评估' })).not.toBeInTheDocument();
    await evaluate(user);
    await user.click(screen.getByRole('button', { name: '撤销本次评估' }));
    expect(host.callsOf('undo')).toHaveLength(1);
    expect((await screen.findAllByText('已撤销本次评估写入的内容。')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: '撤销本次评估' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('finding')).not.toBeInTheDocument();
  });

  it('shows a clear message when evaluation fails, and stays usable', async () => {
    const host = new RecordingHost(sampleEvaluation());
    host.nextEvaluate = () => Promise.reject(new Error('工作表“汇总”受保护，无法写入。'));
    const { user } = setup({ host });
    await user.click(screen.getByRole('button', { name: '评估' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('评估失败：工作表“汇总”受保护，无法写入。');
    host.nextEvaluate = null;
    await evaluate(user);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('grade-badge')).toHaveTextContent('优');
  });

  it('reports failures of goTo, fixes and undo', async () => {
    const host = new RecordingHost(sampleEvaluation());
    const { user } = setup({ host });
    await evaluate(user);
    host.nextGoTo = () => Promise.reject(new Error('找不到工作表'));
    await user.click(screen.getByRole('button', { name: new RegExp(escape(text(1))) }));
    expect((await screen.findAllByText('无法定位到该单元格：找不到工作表')).length).toBeGreaterThan(0);
    host.nextApplyFixes = () => Promise.reject(new Error('单元格已锁定'));
    await user.click(within(screen.getAllByTestId('finding')[0]).getByRole('button', { name: /^修正/ }));
    expect((await screen.findAllByText('修正失败：单元格已锁定')).length).toBeGreaterThan(0);
    // The failed fix is not marked as applied.
    expect(within(screen.getAllByTestId('finding')[0]).getByRole('button', { name: /^修正/ })).toBeEnabled();
    expect(screen.queryByTestId('applied-fix')).not.toBeInTheDocument();
    host.nextUndo = () => Promise.reject('连接已断开');
    await user.click(screen.getByRole('button', { name: '撤销本次评估' }));
    expect((await screen.findAllByText('撤销失败：连接已断开')).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('alert')).toHaveLength(3);
  });

  it('warns when the workbook holds no self-evaluation table', async () => {
    const host = new RecordingHost({ ...sampleEvaluation([]), tables: [] });
    const { user } = setup({ host });
    await evaluate(user);
    expect(screen.getByText('未找到绩效自评表')).toBeInTheDocument();
    expect(screen.getByText('未发现问题。')).toBeInTheDocument();
  });

  it('speaks English when the locale is en-US', async () => {
    const { host, user } = setup({ locale: 'en-US' });
    await user.click(screen.getByRole('button', { name: 'Evaluate' }));
    await screen.findByTestId('evaluation-summary');
    expect(screen.getByText('Evaluated 1 table(s); 4 finding(s).')).toBeInTheDocument();
    expect(screen.getAllByTestId('finding')[0]).toHaveTextContent(text(0, 'en-US'));
    expect(screen.getByRole('button', { name: 'Fix all (2)' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Copy all' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo this evaluation' })).toBeInTheDocument();
    expect(screen.getByTestId('filter-warning')).toHaveTextContent('Warnings 1');
    expect(host.callsOf('evaluate')).toHaveLength(1);
    // The generated sheets' names are names, not UI text.
    expect(document.body.textContent!.replace(/自评报告|评估结果/g, '')).not.toMatch(/评估|修正|撤销/);
  });
});

describe('复制全文', () => {
  const narrative =
    '屏边县政务服务管理局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n预算执行率达94.08%。\n投入\t15\t14.4';

  it('uses the clipboard API when it works', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    const { user } = setup({ copyEnvironment: { clipboard: { writeText }, document } });
    await evaluate(user);
    await user.click(await screen.findByRole('button', { name: '复制全文' }));
    expect(writeText).toHaveBeenCalledWith(narrative);
    expect((await screen.findAllByText('已复制到剪贴板。')).length).toBeGreaterThan(0);
  });

  it('falls back to execCommand when the clipboard API is blocked', async () => {
    const writeText = jest.fn().mockRejectedValue(new DOMException('blocked', 'NotAllowedError'));
    let copiedText: string | null = null;
    const execCommand = jest.fn((command: string) => {
      const active = document.activeElement as HTMLTextAreaElement;
      copiedText = active.value.substring(active.selectionStart, active.selectionEnd);
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      const { user } = setup({ copyEnvironment: { clipboard: { writeText }, document } });
      await evaluate(user);
      await user.click(await screen.findByRole('button', { name: '复制全文' }));
      expect((await screen.findAllByText('已复制到剪贴板。')).length).toBeGreaterThan(0);
      expect(execCommand).toHaveBeenCalledWith('copy');
      expect(copiedText).toBe(narrative);
      // The helper textarea is removed again.
      expect(document.querySelectorAll('textarea')).toHaveLength(0);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('shows a selected read-only box with a Ctrl+C hint when both fail', async () => {
    const writeText = jest.fn().mockRejectedValue(new Error('blocked'));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    try {
      const { user } = setup({ copyEnvironment: { clipboard: { writeText }, document } });
      await evaluate(user);
      await user.click(await screen.findByRole('button', { name: '复制全文' }));
      const box = (await screen.findByTestId('manual-copy-box')) as HTMLTextAreaElement;
      expect(box).toHaveAttribute('readonly');
      expect(box.value).toBe(narrative);
      expect(document.activeElement).toBe(box);
      expect(box.selectionStart).toBe(0);
      expect(box.selectionEnd).toBe(narrative.length);
      expect(screen.getAllByText(/请按 Ctrl\+C/).length).toBeGreaterThan(0);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });
});

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
