/**
 * Decide, BEFORE office.js is loaded, whether the page runs inside an Office host. office.js loaded in a
 * plain browser resolves onReady with host null but first opens a frame to a Microsoft telemetry host, so
 * the standalone page must never load it.
 *
 * The rules (documented in README/docs by the lead; STARTUP_RULES below):
 * 1. `?standalone` (or `?host=web`) forces the standalone page.
 * 2. `?host=excel` forces the add-in mode (tests, manual checks).
 * 3. The places office.js itself reads its host info from: `_host_Info=` in the query (or hash), which Office
 *    desktop (Windows/Mac) and Excel on the web add to the task pane URL; `window.external.GetHostInfo`
 *    (older Windows WebViews); a JSON `window.name` with `hostInfo`; sessionStorage "hostInfoValue" (kept
 *    across reloads inside the pane) → add-in mode.
 * 4. Framed (window.top !== window): Excel on the web hosts the pane in an iframe → add-in mode (if Office then
 *    reports no host, the page falls back to standalone; the CSP blocks any request office.js would make).
 * 5. Otherwise: standalone.
 */
export type StartupMode = 'office' | 'standalone';

export interface StartupEnvironment {
  search: string;
  hash: string;
  framed: boolean;
  sessionHostInfo: string | null;
  /** window.external.GetHostInfo exists (Office's IE/Edge-legacy WebViews). */
  externalHostInfo: boolean;
  windowName: string;
}

const HOST_INFO = /(^|[?#&])_host_Info=/i;
const hostParam = (environment: StartupEnvironment) =>
  new URLSearchParams(environment.search).get('host')?.toLowerCase();

/**
 * The rules in order, first match wins. A new host (WPS) adds its mode and a rule here, and its route in
 * src/main.tsx.
 */
export const STARTUP_RULES: ReadonlyArray<{ mode: StartupMode; test(environment: StartupEnvironment): boolean }> = [
  {
    mode: 'standalone',
    test: (environment) =>
      new URLSearchParams(environment.search).has('standalone') ||
      hostParam(environment) === 'web' ||
      hostParam(environment) === 'standalone',
  },
  { mode: 'office', test: (environment) => hostParam(environment) === 'excel' },
  { mode: 'office', test: (environment) => HOST_INFO.test(environment.search) || HOST_INFO.test(environment.hash) },
  { mode: 'office', test: (environment) => Boolean(environment.sessionHostInfo || environment.externalHostInfo) },
  { mode: 'office', test: (environment) => /"hostInfo"/.test(environment.windowName) },
  { mode: 'office', test: (environment) => environment.framed },
];

export function detectStartupMode(environment: StartupEnvironment): StartupMode {
  return STARTUP_RULES.find((rule) => rule.test(environment))?.mode ?? 'standalone';
}

export function currentStartupEnvironment(win: Window): StartupEnvironment {
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true; // cross-origin parent: certainly framed
  }
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = win.sessionStorage.getItem('hostInfoValue');
  } catch {
    // storage disabled: ignore
  }
  let externalHostInfo = false;
  try {
    const external = (win as unknown as { external?: { GetHostInfo?: unknown } }).external;
    externalHostInfo = typeof external?.GetHostInfo === 'function';
  } catch {
    // some WebViews throw on window.external access
  }
  return {
    search: win.location.search,
    hash: win.location.hash,
    framed,
    sessionHostInfo,
    externalHostInfo,
    windowName: typeof win.name === 'string' ? win.name : '',
  };
}

/** Relative to the page, so the add-in serves its own copy (never the Microsoft CDN). */
export const OFFICE_JS_PATH = 'office-js/office.js';

export function loadScript(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(src));
    doc.head.appendChild(script);
  });
}
