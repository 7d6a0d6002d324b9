/**
 * The rule reference (docs/rules.md), generated from the registry so it cannot drift:
 * `npx tsx scripts/rules-doc.ts` rewrites it; test/engine/rules/rules-doc.test.ts fails when it is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/engine/rules';
import type { Rule } from '../src/engine/rules/define';

const SEVERITY_LABEL = { error: '错误 error', warning: '警告 warning', info: '提示 info' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function rulesMarkdown(rules: readonly Rule[]): string {
  const lines = [
    '# Validation rules',
    '',
    'Generated from `src/engine/rules/` by `npx tsx scripts/rules-doc.ts`; do not edit by hand.',
    'Each rule is one module (`src/engine/rules/<code>.ts`) with its tests in `test/engine/rules/<code>.test.ts`.',
    'Severity is the default; a rule may report a single finding at another severity (e.g. info when a reason',
    'is given). `{{name}}` placeholders are filled from the finding data when the message is shown.',
    '',
    '| code | severity | what it checks |',
    '| --- | --- | --- |',
    ...rules.map((rule) => `| \`${rule.code}\` | ${SEVERITY_LABEL[rule.severity]} | ${cell(rule.description)} |`),
    '',
  ];
  for (const rule of rules) {
    lines.push(`## \`${rule.code}\``, '', rule.description, '');
    for (const [id, message] of Object.entries(rule.messages)) {
      lines.push(`- \`${id}\`: ${cell(message.zh)}`, `  <br>${cell(message.en)}`);
    }
    if (rule.markerScope === 'reason') {
      lines.push(
        '- 自评报告: 【待填写：…原因（单元格）】 where the reason would stand',
        '  <br>report marker: asks for the reason',
      );
    }
    if (rule.marker) {
      const where = rule.markerScope === 'table' ? '（标在该表第一个金额后）' : '';
      lines.push(
        `- 自评报告: 【待核实：${cell(rule.marker.zh)}，单元格】${where}`,
        `  <br>report marker: ${cell(rule.marker.en)}${rule.markerScope === 'table' ? ' (at the first amount of the table)' : ''}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const RULES_DOC_PATH = path.join(__dirname, '..', 'docs', 'rules.md');

if (require.main === module) {
  fs.writeFileSync(RULES_DOC_PATH, rulesMarkdown(RULES));
  console.log(`wrote ${RULES_DOC_PATH} (${RULES.length} rules)`);
}
