/** @jest-environment jsdom */
/** The standalone page's file handling (picker, drag-and-drop, bad files, download) over a host double. */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { enginePresenter } from '../../src/taskpane/enginePresenter';
import type { BrowserHost } from '../../src/web/browserHost';
import { StandaloneApp } from '../../src/web/StandaloneApp';
import { TextDecoder, TextEncoder } from 'util'; // jsdom has neither
import { RecordingHost, installResizeObserver, sampleEvaluation } from './support';

installResizeObserver();

class RecordingStandaloneHost extends RecordingHost implements BrowserHost {
  override kind = 'standalone' as const;
  loaded: { name: string; bytes: string }[] = [];
  rejectNames = new Set<string>();
  private name: string | null = null;

  async loadFile(name: string, bytes: ArrayBuffer): Promise<void> {
    if (this.rejectNames.has(name)) throw new Error(`无法打开“${name}”：文件已损坏。`);
    this.loaded.push({ name, bytes: new TextDecoder().decode(bytes) });
    this.name = name;
  }

  async exportWorkbook(): Promise<{ name: string; bytes: ArrayBuffer }> {
    this.calls.push({ method: 'exportWorkbook', args: [] });
    return { name: `${this.name}.评估.xlsx`, bytes: new TextEncoder().encode('evaluated').buffer as ArrayBuffer };
  }

  fileName(): string | null {
    return this.name;
  }
}

function setup() {
  const host = new RecordingStandaloneHost(sampleEvaluation());
  const saved: { name: string; text: string }[] = [];
  const user = userEvent.setup();
  render(
    <StandaloneApp
      host={host}
      locale="zh-CN"
      presenter={enginePresenter}
      saveFile={(name, bytes) => saved.push({ name, text: new TextDecoder().decode(bytes) })}
    />,
  );
  return { host, user, saved };
}

const xlsx = (name: string, content = 'PK-bytes') => new File([content], name);

describe('StandaloneApp', () => {
  it('needs a file before 评估, loads a picked file and downloads the evaluated workbook', async () => {
    const { host, user, saved } = setup();
    expect(screen.getByRole('button', { name: '评估' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下载评估结果' })).toBeDisabled();
    await user.upload(screen.getByTestId('file-input'), xlsx('屏边.xlsx', 'first'));
    expect(await screen.findByText('已打开：屏边.xlsx')).toBeInTheDocument();
    expect(host.loaded).toEqual([{ name: '屏边.xlsx', bytes: 'first' }]);
    const evaluate = screen.getByRole('button', { name: '评估' });
    expect(evaluate).toBeEnabled();
    expect(screen.getByRole('button', { name: '下载评估结果' })).toBeDisabled();
    await user.click(evaluate);
    await screen.findByTestId('evaluation-summary');
    await user.click(screen.getByRole('button', { name: '下载评估结果' }));
    await waitFor(() => expect(saved).toEqual([{ name: '屏边.xlsx.评估.xlsx', text: 'evaluated' }]));
  });

  it('takes a dropped file', async () => {
    const { host } = setup();
    const zone = screen.getByTestId('drop-zone');
    fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    fireEvent.drop(zone, { dataTransfer: { files: [xlsx('拖入.xlsx', 'dropped')] } });
    expect(await screen.findByText('已打开：拖入.xlsx')).toBeInTheDocument();
    expect(host.loaded).toEqual([{ name: '拖入.xlsx', bytes: 'dropped' }]);
  });

  it('shows why a file cannot be opened, keeps the previous one and clears old results on a new file', async () => {
    const { host, user } = setup();
    await user.upload(screen.getByTestId('file-input'), xlsx('好.xlsx'));
    await screen.findByText('已打开：好.xlsx');
    await user.click(screen.getByRole('button', { name: '评估' }));
    await screen.findByTestId('evaluation-summary');

    host.rejectNames.add('坏.xlsx');
    await user.upload(screen.getByTestId('file-input'), xlsx('坏.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法打开“坏.xlsx”：文件已损坏。');
    expect(screen.getByText('已打开：好.xlsx')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '评估' })).toBeEnabled();

    await user.upload(screen.getByTestId('file-input'), xlsx('新.xlsx'));
    await screen.findByText('已打开：新.xlsx');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('evaluation-summary')).not.toBeInTheDocument();
  });

  it('reports a failed download', async () => {
    const { host, user } = setup();
    host.exportWorkbook = async () => {
      throw new Error('请先点击“评估”，再下载评估结果。');
    };
    await user.upload(screen.getByTestId('file-input'), xlsx('a.xlsx'));
    await screen.findByText('已打开：a.xlsx');
    await user.click(screen.getByRole('button', { name: '评估' }));
    await screen.findByTestId('evaluation-summary');
    await user.click(screen.getByRole('button', { name: '下载评估结果' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('下载失败：请先点击“评估”，再下载评估结果。');
  });
});
