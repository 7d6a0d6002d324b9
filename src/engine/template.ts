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

/** A template cut at its placeholders: text[0] {{names[0]}} text[1] … {{names[n−1]}} text[n]. */
export interface ParsedTemplate {
  template: string;
  texts: string[];
  names: string[];
  /** Each placeholder as written ({{ name }}), kept when its value is missing. */
  wholes: string[];
}

/**
 * Templates come from a few fixed message tables but are filled thousands of times per workbook (every
 * finding, every narrative sentence): each is cut once, here. Bounded, in case a caller builds templates.
 */
const parsedTemplates = new Map<string, ParsedTemplate>();
const PARSED_TEMPLATES_LIMIT = 2000;

/** The template cut at its placeholders, cut once per template (see parsedTemplates). */
export function parseTemplate(template: string): ParsedTemplate {
  let parsed = parsedTemplates.get(template);
  if (parsed) return parsed;
  parsed = { template, texts: [], names: [], wholes: [] };
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parsed.texts.push(template.slice(last, match.index));
    parsed.names.push(match[1]);
    parsed.wholes.push(match[0]);
    last = match.index + match[0].length;
  }
  parsed.texts.push(template.slice(last));
  if (parsedTemplates.size >= PARSED_TEMPLATES_LIMIT) parsedTemplates.clear();
  parsedTemplates.set(template, parsed);
  return parsed;
}

/** Replace each {{name}} with data[name]; an absent or undefined value is missing (see FillOptions.strict). */
export function fillTemplate(template: string, data: TemplateData = {}, options: FillOptions = {}): string {
  return fillParsed(parseTemplate(template), data, Boolean(options.strict));
}

/**
 * fillTemplate on a template already cut: a caller that fills the same few templates thousands of times (the
 * narrative's translator) keeps them cut and skips the lookup by text.
 */
export function fillParsed(parsed: ParsedTemplate, data: TemplateData, strict: boolean): string {
  const { texts, names, wholes } = parsed;
  let filled = texts[0];
  for (let i = 0; i < names.length; i++) {
    // Own properties only: {{constructor}} must not print Object's constructor.
    const value = Object.prototype.hasOwnProperty.call(data, names[i]) ? data[names[i]] : undefined;
    if (value !== undefined) filled += String(value);
    else if (strict) throw new MissingTemplateValueError(parsed.template, names[i]);
    else filled += wholes[i];
    filled += texts[i + 1];
  }
  return filled;
}

/** The placeholders a template uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}
