/**
 * Task pane / web page entry. Decides BEFORE loading office.js whether we run inside Office (see ./startup):
 * inside Office, load our own copy of office.js and wait for Office.onReady; otherwise start the standalone
 * page without ever loading office.js (it would contact Microsoft telemetry from a plain browser).
 */
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createExcelHost } from '../excel';
import { StartupScreen, TaskpaneApp } from './components/App';
import { enginePresenter } from './enginePresenter';
import { fillTemplate } from '../engine/template';
import { errorDetail, localeFromLanguage, type Locale, messagesFor } from './messages';
import { currentStartupEnvironment, detectStartupMode, loadScript, OFFICE_JS_PATH } from './startup';

/** office.js normally initialises in well under a second; after this the pane says what went wrong. */
const OFFICE_READY_TIMEOUT_MS = 30_000;

async function startStandalonePage(root: Root, locale: Locale, notice?: string): Promise<void> {
  const { startStandalone } = await import(/* webpackChunkName: "standalone" */ '../web');
  startStandalone(root, locale, notice);
}

function officeReady(): Promise<{ host: Office.HostType | null }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Office.onReady timed out')), OFFICE_READY_TIMEOUT_MS);
    Office.onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info);
      })
      .catch((error: unknown) => {
        clearTimeout(timer);
        reject(error);
      });
  });
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const browserLocale = localeFromLanguage(navigator.language);
  if (detectStartupMode(currentStartupEnvironment(window)) === 'standalone') {
    await startStandalonePage(root, browserLocale);
    return;
  }
  root.render(<StartupScreen locale={browserLocale} />);
  let info: { host: Office.HostType | null };
  try {
    await loadScript(document, OFFICE_JS_PATH);
    info = await officeReady();
  } catch (error) {
    const messages = messagesFor(browserLocale);
    root.render(
      <StartupScreen
        locale={browserLocale}
        error={fillTemplate(messages.officeLoadFailed, { detail: errorDetail(error, messages) })}
      />,
    );
    return;
  }
  if (info.host !== Office.HostType.Excel) {
    // Framed by something that is not Excel: behave as the web page.
    await startStandalonePage(root, browserLocale, messagesFor(browserLocale).notInExcel);
    return;
  }
  const locale = localeFromLanguage(Office.context.displayLanguage);
  root.render(<TaskpaneApp host={createExcelHost({ locale })} locale={locale} presenter={enginePresenter} />);
}

void start().catch((error: unknown) => {
  // Last resort: never leave a blank pane.
  const container = document.getElementById('root');
  if (container) container.textContent = String(error instanceof Error ? error.message : error);
});
