/**
 * Defines `Office` and `Excel` on a global object over a FakeWorkbook: for component tests (jsdom) and the
 * in-browser e2e page (bundled by webpack — so no Node imports here or in excel-fake.ts).
 *
 *   const uninstall = installOfficeStub(globalThis, FakeWorkbook.fromSnapshot(seedWorkbook()), { displayLanguage: 'zh-CN' });
 */
import type { FakeWorkbook } from './excel-fake';

export interface OfficeStubOptions {
  displayLanguage?: string;
  /** Office.onReady's host; null simulates a page opened outside Office. */
  host?: 'Excel' | null;
  /** Highest ExcelApi requirement set reported as supported (default '1.17'). */
  excelApi?: string;
}

export interface OfficeStub {
  Office: {
    onReady: (callback?: (info: { host: string | null; platform: string | null }) => void) => Promise<{
      host: string | null;
      platform: string | null;
    }>;
    context: {
      displayLanguage: string;
      diagnostics: { host: string; platform: string; version: string };
      requirements: { isSetSupported: (name: string, version?: string) => boolean };
    };
    HostType: Record<string, string>;
    PlatformType: Record<string, string>;
  };
  Excel: { run: FakeWorkbook['run']; ErrorCodes: Record<string, string> };
}

const HOST_TYPES = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
};

const ERROR_CODES = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
};

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function createOfficeStub(workbook: FakeWorkbook, options: OfficeStubOptions = {}): OfficeStub {
  const host = options.host === undefined ? 'Excel' : options.host;
  const info = { host, platform: host ? 'OfficeOnline' : null };
  return {
    Office: {
      onReady: (callback) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      context: {
        displayLanguage: options.displayLanguage ?? 'zh-CN',
        diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0' },
        requirements: {
          isSetSupported: (name, version = '1.1') =>
            name === 'ExcelApi' && compareVersions(version, options.excelApi ?? '1.17') <= 0,
        },
      },
      HostType: HOST_TYPES,
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android' },
    },
    Excel: { run: workbook.run, ErrorCodes: ERROR_CODES },
  };
}

/** Install the stub on `globalObject` (window or globalThis); returns a function that removes it. */
export function installOfficeStub(
  globalObject: object,
  workbook: FakeWorkbook,
  options: OfficeStubOptions = {},
): () => void {
  const target = globalObject as Record<string, unknown>;
  const previous = { Office: target.Office, Excel: target.Excel };
  const stub = createOfficeStub(workbook, options);
  target.Office = stub.Office;
  target.Excel = stub.Excel;
  return () => {
    if (previous.Office === undefined) delete target.Office;
    else target.Office = previous.Office;
    if (previous.Excel === undefined) delete target.Excel;
    else target.Excel = previous.Excel;
  };
}
