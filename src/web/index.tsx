/** Start the standalone page (loaded lazily by src/main.tsx when not inside Office). */
import * as React from 'react';
import type { Root } from 'react-dom/client';
import { enginePresenter } from '../taskpane/enginePresenter';
import type { Locale } from '../taskpane/messages';
import { createBrowserHost } from './browserHost';
import { spawnWorkbookWorker } from './spawnWorker';
import { StandaloneApp } from './StandaloneApp';
import { createWorkerJob } from './workerJob';

export function startStandalone(root: Root, locale: Locale, startupNotice?: string): void {
  // Without Worker support (very old WebViews) the work runs on the page, as before.
  const job = typeof Worker === 'function' ? createWorkerJob(spawnWorkbookWorker()) : undefined;
  const host = createBrowserHost({ locale, job });
  document.title = locale === 'zh-CN' ? '绩效自评助手（网页版）' : 'Performance Self-Evaluation (web)';
  root.render(<StandaloneApp host={host} locale={locale} presenter={enginePresenter} startupNotice={startupNotice} />);
}
