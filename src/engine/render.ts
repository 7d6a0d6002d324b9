/** Finding → text, at the edge (UI, CLI, findings sheet), from the rule's message table. */
import type { Finding } from './model';
import { getRule } from './rules';

export type Locale = 'zh-CN' | 'en-US';

/** Replace {{name}} with data[name]; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function renderFinding(finding: Finding, locale: Locale = 'zh-CN'): string {
  const template = getRule(finding.code)?.messages[finding.messageId];
  if (!template) {
    return locale === 'zh-CN'
      ? `${finding.code}（${finding.sheet}!${finding.cell}）`
      : `${finding.code} (${finding.sheet}!${finding.cell})`;
  }
  return fillTemplate(locale === 'zh-CN' ? template.zh : template.en, finding.data);
}

/** The placeholders a template uses, in order of first appearance. */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]))];
}
