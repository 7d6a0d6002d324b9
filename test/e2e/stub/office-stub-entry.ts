/**
 * Served in place of office.js in the add-in e2e test: the office.js stub over an in-memory Excel fake
 * holding the 屏边 2023 seed workbook. Exposes the fake as `window.__jixiaoFake` so the test can check what
 * the add-in wrote. Built by test/e2e/webpack.stub.config.js (tests only, never shipped).
 */
import { FakeWorkbook } from '../../fakes/excel-fake';
import { installOfficeStub } from '../../fakes/office-stub';
import { seedWorkbook } from '../../fixtures/seed';

const params = new URLSearchParams(window.location.search);
const workbook = FakeWorkbook.fromSnapshot(seedWorkbook());
installOfficeStub(window, workbook, { displayLanguage: params.get('lang') ?? 'zh-CN' });
(window as unknown as { __jixiaoFake: FakeWorkbook }).__jixiaoFake = workbook;
