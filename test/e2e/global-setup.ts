/**
 * Build dist/ and the office.js stub bundle once for the whole e2e run (others may keep editing src/ while
 * the suites run; each suite then reuses this build instead of rebuilding).
 */
import { ensureDistBuilt, ensureStubBuilt } from './support/build';

export default function globalSetup(): void {
  ensureDistBuilt();
  ensureStubBuilt();
  process.env.JIXIAO_E2E_REUSE = '1';
}
