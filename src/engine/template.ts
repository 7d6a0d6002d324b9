/**
 * The one filler of message templates, for every message table (rules, engine, narrative, CLI, task pane,
 * Excel host). A template names its values as {{name}} (spaces inside the braces allowed); logic passes
 * the values, never concatenates text.
 */

export type TemplateData = Readonly<Record<string, string | number | undefined>>;

export interface FillOptions {
  /**
   * Throw when a placeholder has no value (a programming error the narrative must not print). Otherwise
   * the placeholder stays visible as {{name}} so a missing value gets noticed instead of vanishing.
   */
  strict?: boolean;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Thrown by a strict fill when `placeholder` has no value. */
export class MissingTemplateValueError extends Error {
  constructor(
    readonly template: string,
    readonly placeholder: string,
  ) {
    super(`template "${template}" lacks a value for {{${placeholder}}}`);
    this.name = 'MissingTemplateValueError';
  }
}

/** Replace each {{name}} with data[name]; an absent or undefined value is missing (see FillOptions.strict). */
export function fillTemplate(template: string, data: TemplateData = {}, options: FillOptions = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    // Own properties only: {{constructor}} must not print Object's constructor.
    const value = Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    if (value !== undefined) return String(value);
    if (options.strict) throw new MissingTemplateValueError(template, name);
    return whole;
  });
}

/** The placeholders a template uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}
