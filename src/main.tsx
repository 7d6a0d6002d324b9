/**
 * The page's one entry (task pane and standalone page alike): decide BEFORE loading office.js where we run
 * (src/host/startup), then start that host's route. Only the start-up screen is in the initial bundle; the
 * pane, the Excel host with the engine, and the standalone page load as chunks (in parallel with office.js).
 * A new host (WPS) adds a route here.
 */
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  currentStartupEnvironment,
  detectStartupMode,
  loadScript,
  OFFICE_JS_PATH,
  type StartupMode,
} from './host/startup';
import { fillTemplate } from './engine/template';
import { StartupScreen } from './taskpane/components/StartupScreen';
import { errorDetail, localeFromLanguage, type Locale, messagesFor } from './taskpane/messages';

/** office.js normally initialises in well under a second; after this the pane says what went wrong. */
const OFFICE_READY_TIMEOUT_MS = 30_000;

async function startStandalonePage(root: Root, locale: Locale, notice?: string): Promise<void> {
  const { startStandalone } = await import(/* webpackChunkName: "standalone" */ './web');
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

async function startOffice(root: Root, browserLocale: Locale): Promise<void> {
  root.render(<StartupScreen locale={browserLocale} />);
  // The pane and the Excel host (one chunk: they share the engine) load while office.js does.
  const app = import(/* webpackChunkName: "office" */ './officeApp');
  let info: { host: Office.HostType | null };
  try {
    await loadScript(document, OFFICE_JS_PATH);
    info = await officeReady();
  } catch (error) {
    const messages = messagesFor(browserLocale);
    const detail = errorDetail(error, messages);
    root.render(<StartupScreen locale={browserLocale} error={fillTemplate(messages.officeLoadFailed, { detail })} />);
    return;
  }
  if (info.host !== Office.HostType.Excel) {
    // Framed by something that is not Excel: behave as the web page.
    await startStandalonePage(root, browserLocale, messagesFor(browserLocale).notInExcel);
    return;
  }
  const locale = localeFromLanguage(Office.context.displayLanguage);
  const { TaskpaneApp, enginePresenter, createExcelHost } = await app;
  root.render(<TaskpaneApp host={createExcelHost({ locale })} locale={locale} presenter={enginePresenter} />);
}

const ROUTES: Record<StartupMode, (root: Root, locale: Locale) => Promise<void>> = {
  office: startOffice,
  standalone: (root, locale) => startStandalonePage(root, locale),
};

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  await ROUTES[detectStartupMode(currentStartupEnvironment(window))](root, localeFromLanguage(navigator.language));
}

void start().catch((error: unknown) => {
  // Last resort: never leave a blank pane.
  const container = document.getElementById('root');
  if (container) container.textContent = String(error instanceof Error ? error.message : error);
});
