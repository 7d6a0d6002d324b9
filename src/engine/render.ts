/** Finding → text, at the edge (UI, CLI, findings sheet), from the rule's message table. */
import type { Finding } from './model';
import { getRule } from './rules';
import type { MessageTemplate } from './rules/define';
import { RULE_FAILED_CODE } from './rules/run';
import { fillTemplate } from './template';

/** Findings the engine itself reports (not a rule's): their message tables. */
export const ENGINE_MESSAGES: Readonly<Record<string, Readonly<Record<string, MessageTemplate>>>> = {
  [RULE_FAILED_CODE]: {
    crashed: {
      zh: '检查规则 {{rule}} 在本表上未能完成（{{error}}），其他检查不受影响。请将此工作簿反馈给开发者以便修正。',
      en: 'The check {{rule}} could not finish on this table ({{error}}); the other checks ran. Please report this workbook to the developers.',
    },
  },
};

export type Locale = 'zh-CN' | 'en-US';

export function renderFinding(finding: Finding, locale: Locale = 'zh-CN'): string {
  const template = (getRule(finding.code)?.messages ?? ENGINE_MESSAGES[finding.code])?.[finding.messageId];
  if (!template) {
    return locale === 'zh-CN'
      ? `${finding.code}（${finding.sheet}!${finding.cell}）`
      : `${finding.code} (${finding.sheet}!${finding.cell})`;
  }
  return fillTemplate(locale === 'zh-CN' ? template.zh : template.en, finding.data);
}
