/** Chromium via playwright-core, the built dist/ on 127.0.0.1, and a log of every request the page makes. */
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS, DIST } from './build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require('../../../scripts/preview.js') as {
  serveStatic(root: string, options: { port: number; host: string }): Promise<Server>;
};

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  origin: string;
  /** Every URL the page (and its workers) requested. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = await serveStatic(DIST, { port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function openSession(origin: string, options: { locale?: string } = {}): Promise<Session> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ acceptDownloads: true, locale: options.locale ?? 'zh-CN' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    browser,
    context,
    page,
    origin,
    requests,
    errors,
    close: () => browser.close(),
  };
}

/** Requests that left this machine's test server (blob:/data: URLs stay in the page). */
export function externalRequests(requests: string[], origin: string): string[] {
  return requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
  );
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(path.join(ARTIFACTS, 'e2e'), { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'e2e', `${name}.png`), fullPage: options.fullPage ?? true });
}
