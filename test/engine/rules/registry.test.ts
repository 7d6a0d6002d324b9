/**
 * Meta-test over the rule registry (ESLint style): every rule file is registered under its own code, the
 * registry is sorted and unique, every rule has zh and en messages whose placeholders agree, and every rule
 * has a test file that uses testRule with at least one valid (quiet) and one invalid (firing) case.
 */
import { readdirSync, readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { RULES, getRule } from '../../../src/engine/rules';
import { placeholdersOf } from '../../../src/engine/template';

const RULES_DIR = join(__dirname, '../../../src/engine/rules');
const NOT_RULES = new Set(['define.ts', 'index.ts', 'support.ts', 'run.ts']);
const ruleFiles = readdirSync(RULES_DIR).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_RULES.has(file),
);
const codes = RULES.map((rule) => rule.code);

describe('rule registry', () => {
  it('registers every rule file under the code its file is named after', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(20);
    expect([...codes].sort()).toEqual(ruleFiles.map((file) => file.replace(/\.ts$/, '')).sort());
    for (const file of ruleFiles) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(join(RULES_DIR, file)) as { default: { code: string } };
      expect(getRule(module.default.code)).toBe(module.default);
    }
  });

  it('is sorted by code, codes unique and kebab-case', () => {
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(codes)('%s: severity, description, zh + en messages with placeholders', (code) => {
    const rule = getRule(code)!;
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.check ?? rule.checkWorkbook).toBeInstanceOf(Function);
    const messages = Object.entries(rule.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [, { zh, en }] of messages) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[\x20-\x7e\u2013\u2014\u00d7\u00f7\u2264\u2265]+$/); // English (ASCII, − – × ÷ ≤ ≥)
      // A zh message says how to fix it: 请 (please …) or 建议 (suggested …).
      expect(zh).toMatch(/请|建议/);
      // Placeholders: the English text may use an *En variant of a Chinese-only value.
      const zhKeys = placeholdersOf(zh);
      const enKeys = placeholdersOf(en).map((key) =>
        key.endsWith('En') && !zhKeys.includes(key) ? key.slice(0, -2) : key,
      );
      expect([...new Set(enKeys)].sort()).toEqual([...zhKeys].sort());
    }
  });

  it.each(codes)('%s: has a test file with quiet and firing cases', (code) => {
    const testFile = join(__dirname, `${code}.test.ts`);
    expect(existsSync(testFile)).toBe(true);
    const source = readFileSync(testFile, 'utf8');
    expect(source).toMatch(/testRule\(rule,/);
    expect(source).toMatch(/valid:\s*\[\s*\{/);
    expect(source).toMatch(/invalid:\s*\[\s*\{/);
    expect(source).toContain(`src/engine/rules/${code}'`);
  });
});
