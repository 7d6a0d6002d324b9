/** Start the standalone page (loaded lazily by the task pane entry when not inside Office). */
import * as React from 'react';
import type { Root } from 'react-dom/client';
import { enginePresenter } from '../taskpane/enginePresenter';
import type { Locale } from '../taskpane/messages';
import { createBrowserHost } from './browserHost';
import { StandaloneApp } from './StandaloneApp';

export function startStandalone(root: Root, locale: Locale, startupNotice?: string): void {
  const host = createBrowserHost({ locale });
  document.title = locale === 'zh-CN' ? '绩效自评助手（网页版）' : 'Performance Self-Evaluation (web)';
  root.render(<StandaloneApp host={host} locale={locale} presenter={enginePresenter} startupNotice={startupNotice} />);
}
