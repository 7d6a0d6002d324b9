import * as fs from 'fs';
import { RULES } from '../../../src/engine/rules';
import { RULES_DOC_PATH, rulesMarkdown } from '../../../scripts/rules-doc';

describe('docs/rules.md', () => {
  it('documents every registered rule as the registry says (regenerate: npx tsx scripts/rules-doc.ts)', () => {
    expect(fs.readFileSync(RULES_DOC_PATH, 'utf8')).toBe(rulesMarkdown(RULES));
  });

  it('has a section per rule', () => {
    const doc = rulesMarkdown(RULES);
    for (const rule of RULES) expect(doc).toContain(`## \`${rule.code}\``);
    expect(rulesMarkdown(RULES.slice(1))).not.toContain(`## \`${RULES[0].code}\``);
  });
});
