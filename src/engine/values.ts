/**
 * The value grammar of 指标值 / 实际完成值 / money / rate cells (SPEC §3): one cell (value + number format,
 * plus the separate 指标性质 and 度量单位 cells of the Yunnan layout) becomes a typed reading.
 *
 * Conventions (shared with model.ts):
 * - Percent values are carried in percentage points with unit '%': 0.9408 shown with '0.00%' reads as
 *   94.08 '%'; the text '94.08%' reads the same. `readRate` is the exception: it returns a fraction, for
 *   FundLine.statedRate.
 * - Units are normalised (％/百分比 → %), compared and converted only where the conversion is exact
 *   (万元 ↔ 元); 个 and 项 are different units. A bare number has unit null: the caller decides.
 * - Nothing here guesses silently: an inferred direction says so (`directionInferred`), an unreadable
 *   cell is kind 'error' / 'text', never a number.
 */
import Big from 'big.js';
import type { Direction } from './model';
import type { CellValue } from './snapshot';
import { lastByText, memoByText } from './memo';
import * as placeholders from './vocabulary/placeholders';
import { isPlaceholderText, type PlaceholderRole } from './vocabulary/placeholders';
import * as text from './vocabulary/text';
import * as units from './vocabulary/units';

// The vocabulary the grammar uses, handed on for the reader (its one import of value helpers). Bound as
// constants, not re-exported (`export { … } from`): compiled to CommonJS a re-export is a getter, called on
// every use, tens of thousands of times per workbook.
export const isPlaceholder = placeholders.isPlaceholder;
export const normalizeText = text.normalizeText;
export const normalizeUnit = units.normalizeUnit;
export const compareUnits = units.compareUnits;
export const convertUnit = units.convertUnit;
export const moneyUnitIn = units.moneyUnitIn;
export type { UnitComparison } from './vocabulary/units';

export type Operator = Exclude<Direction, '定性'>;
export type ValueKind = 'number' | 'text' | 'empty' | 'placeholder' | 'error';
/** What the cell is read as: a placeholder `0` only counts as empty in a reason column. */
export type ValueRole = Exclude<PlaceholderRole, 'text'>;

export interface ValueReading {
  kind: ValueKind;
  /** The cell as displayed, trimmed ('' for empty). */
  text: string;
  /** Written operator (target or an actual like `≥100%`); > and < map to ≥ and ≤ with `strict`. */
  operator: Operator | null;
  strict: boolean;
  /** The number in `unit` (percent in points). */
  number: number | null;
  /** Normalised unit: '%', '万元', '元', '个', '项', '次' … or null when none is written. */
  unit: string | null;
  /** Name written before the operator: `足额保障率=100%` → 足额保障率. */
  name: string | null;
  /** Non-numeric text (qualitative target or actual), else null. */
  qualitative: string | null;
  /** Decimals the cell shows for `number` (percent points for percents); null when not a number. */
  decimals: number | null;
}

export interface ReadValueOptions {
  numberFormat?: string | null;
  /** 指标性质 cell of the split layout (`≥`, `﹦`, `定性`). */
  operatorCell?: CellValue;
  /** 度量单位 cell of the split layout (`%`, `元`, `个`). */
  unitCell?: CellValue;
  role?: ValueRole;
}

// ---------------------------------------------------------------------------------------------------
// Text normalisation

const ERROR_VALUE =
  /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!)/i;

export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_VALUE.test(value.trim());
}

/**
 * Why a cell the grammar could not read is unreadable, so the finding can say what is there: an error
 * value (#N/A, #DIV/0!, #NUM! …), a number too large to compute with (1e307 shown as a percent), or text.
 */
export type UnreadableCause = 'errorValue' | 'outOfRange' | 'text';

export function unreadableCause(value: CellValue): UnreadableCause {
  if (isErrorValue(value)) return 'errorValue';
  if (typeof value === 'number') return 'outOfRange';
  return 'text';
}

// ---------------------------------------------------------------------------------------------------
// Operators, units

const OPERATOR_WORDS: ReadonlyArray<[RegExp, Operator, boolean]> = [
  [/^(≥|≧|>=|=>|⩾|大于等于|大于或等于|不低于|不少于|不小于|至少)/, '≥', false],
  [/^(≤|≦|<=|=<|⩽|小于等于|小于或等于|不高于|不超过|不大于|不多于|至多)/, '≤', false],
  [/^(=|等于)/, '=', false],
  [/^(>|大于|高于|多于)/, '≥', true],
  [/^(<|小于|低于|少于)/, '≤', true],
];

/**
 * The leftmost place any operator word starts, tried in OPERATOR_WORDS order there (group n + 1 is entry n):
 * one scan instead of every pattern at every offset.
 */
const OPERATOR_ANYWHERE = new RegExp(OPERATOR_WORDS.map(([pattern]) => pattern.source.replace(/^\^/, '')).join('|'));

/** '≥' '≧' '>=' '＞＝' '大于等于' '不低于' … → ≥; '定性' → 定性; '' → null; anything else → null. */
export function normalizeOperator(value: CellValue): Direction | null {
  return typeof value === 'string' ? operatorOfText(value) : null;
}

// A 指标性质 column repeats its operator row after row: the last one is answered without a lookup.
const operatorOfText = lastByText(
  memoByText((value): Direction | null => {
    const text = normalizeText(value);
    if (text === '定性' || text === '定性指标') return '定性';
    for (const [pattern, operator] of OPERATOR_WORDS) {
      const match = pattern.exec(text);
      if (match && match[0].length === text.length) return operator;
    }
    return null;
  }),
);

// ---------------------------------------------------------------------------------------------------
// Numbers and number formats

/** The first section of a number format without quoted text, escapes, [colour]s and fill/skip pairs. */
function formatBody(format: string): string {
  const section = format.split(';')[0];
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
}

export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && percentFormat(format);
}

// A column keeps its number format row after row: the last one is answered without a lookup.
const percentFormat = lastByText(memoByText((format) => formatBody(format).includes('%')));

/** Decimals a number format shows ('0.00%' → 2, '#,##0.0' → 1); null for General / text / none. */
export function formatDecimals(format: string | null | undefined): number | null {
  return format ? decimalsOfFormat(format) : null;
}

const decimalsOfFormat = lastByText(
  memoByText((format): number | null => {
    if (/^general$/i.test(format.trim()) || format.trim() === '@') return null;
    const body = formatBody(format);
    if (!/[0#?]/.test(body)) return null;
    const match = /\.([0#?]*)/.exec(body);
    return match ? match[1].length : 0;
  }),
);

/** Decimals in the shortest text of a number (1.50 → 1; 0.9408 → 4). */
function ownDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const shortest = String(value);
  // Without an exponent the shortest text is already plain decimal notation (no trailing zeros).
  const text = shortest.includes('e') ? new Big(shortest).toFixed() : shortest;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * value × 10^places, decimal-exact (as new Big(String(value)).times(10 ** places).toNumber()): the decimal
 * point of the shortest text moves and the result is read back once. Falls back to big.js for an exponent.
 */
function shiftDecimal(value: number, places: 2 | -2): number {
  const text = String(value);
  const dot = text.indexOf('.');
  // Big's division rounds to Big.DP (20) places: a quotient longer than that goes through big.js.
  if (text.includes('e') || (places < 0 && dot >= 0 && text.length - dot - 1 + 2 > Big.DP)) {
    const big = new Big(text);
    return (places > 0 ? big.times(100) : big.div(100)).toNumber();
  }
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const digitsDot = digits.indexOf('.');
  const whole = digitsDot < 0 ? digits : digits.slice(0, digitsDot);
  const fraction = digitsDot < 0 ? '' : digits.slice(digitsDot + 1);
  let shifted: string;
  if (places > 0) {
    shifted = `${whole}${fraction.slice(0, 2).padEnd(2, '0')}.${fraction.slice(2)}`;
  } else {
    const padded = whole.padStart(3, '0');
    shifted = `${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
  }
  return Number(negative ? `-${shifted}` : shifted);
}

/** new Big(String(value)).toFixed(decimals), without big.js when the value shows no more decimals than that. */
function fixedText(value: number, decimals: number): string {
  const text = String(value);
  if (text.includes('e')) return new Big(text).toFixed(decimals);
  const dot = text.indexOf('.');
  const own = dot < 0 ? 0 : text.length - dot - 1;
  if (own > decimals) return new Big(text).toFixed(decimals);
  if (decimals === 0) return text;
  return `${text}${dot < 0 ? '.' : ''}${'0'.repeat(decimals - own)}`;
}

const THOUSANDS = /,/g;
const NUMBER_TEXT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[-+]?\.\d+/;

/** '1,193' '１１９３' '-0.49' '３．３６' → number; anything else → null. */
export function parseNumberText(text: string): number | null {
  const t = normalizeText(text);
  const match = NUMBER_TEXT.exec(t);
  if (!match || match[0].length !== t.length) return null;
  const n = Number(match[0].replace(THOUSANDS, ''));
  return Number.isFinite(n) ? n : null;
}

/** Percent points of a fraction, decimal-exact (0.9408 → 94.08). */
function toPoints(fraction: number): number {
  return shiftDecimal(fraction, 2);
}

/**
 * Decimals a cell displays: from its number format when it has one (in percent points for '0.00%'),
 * otherwise from the value's own text ('80%' → 0, '79.90%' → 2, 0.9408 General → 4).
 */
export function displayedDecimals(value: CellValue, numberFormat?: string | null): number | null {
  if (typeof value === 'number') {
    const fromFormat = formatDecimals(numberFormat);
    if (fromFormat !== null) return fromFormat;
    return ownDecimals(value);
  }
  if (typeof value === 'string') return parseValueText(value)?.decimals ?? null;
  return null;
}

// ---------------------------------------------------------------------------------------------------
// The grammar

const SUFFIX_OPERATORS: ReadonlyArray<[RegExp, Operator]> = [
  [/(以上|及以上|或以上)$/, '≥'],
  [/(以内|以下|及以下|或以下)$/, '≤'],
];

/** Unit text after a number: short, no digits, no sentence punctuation. */
const UNIT_TEXT = /^[^\d,.;:!?，。；：！？、()（）\s]{1,6}$/;

function emptyReading(kind: ValueKind, text: string): ValueReading {
  return {
    kind,
    text,
    operator: null,
    strict: false,
    number: null,
    unit: null,
    name: null,
    qualitative: null,
    decimals: null,
  };
}

interface Parsed {
  name: string | null;
  operator: Operator | null;
  strict: boolean;
  number: number;
  unit: string | null;
  decimals: number;
}

/**
 * `足额保障率=100%`, `≥50个`, `≤90万元`, `-0.49%`, `1193项`, `100%以上` → parts; null when not numeric.
 * Remembered per text: callers only read the parts.
 */
const parseValueText = memoByText(parseValueTextOnce);

function parseValueTextOnce(raw: string): Parsed | null {
  let text = normalizeText(raw);
  let suffixOperator: Operator | null = null;
  // Indexed loops, no array destructuring: every distinct value text comes through here, in the CLI mostly
  // in V8's interpreter, where for…of and [a, b] = … walk an iterator.
  for (let i = 0; i < SUFFIX_OPERATORS.length; i++) {
    const pattern = SUFFIX_OPERATORS[i][0];
    if (pattern.test(text)) {
      suffixOperator = SUFFIX_OPERATORS[i][1];
      text = text.replace(pattern, '');
    }
  }
  // Find the operator anywhere (a name may precede it), else parse from the start.
  let name: string | null = null;
  let operator: Operator | null = null;
  let strict = false;
  let rest = text;
  const match = OPERATOR_ANYWHERE.exec(text);
  if (match) {
    let entry = 0;
    while (match[entry + 1] === undefined) entry++;
    operator = OPERATOR_WORDS[entry][1];
    strict = OPERATOR_WORDS[entry][2];
    name = match.index > 0 ? text.slice(0, match.index) : null;
    rest = text.slice(match.index + match[0].length);
  }
  const numberMatch = NUMBER_TEXT.exec(rest);
  if (!numberMatch) return null;
  const unitText = rest.slice(numberMatch[0].length);
  if (unitText !== '' && !UNIT_TEXT.test(unitText)) return null;
  // A name is text: `95≤100` is not a target.
  if (name !== null && parseNumberText(name) !== null) return null;
  const number = Number(numberMatch[0].replace(THOUSANDS, ''));
  if (!Number.isFinite(number)) return null;
  const dot = numberMatch[0].indexOf('.');
  return {
    name,
    operator: operator ?? suffixOperator,
    strict,
    number,
    unit: normalizeUnit(unitText),
    decimals: dot < 0 ? 0 : numberMatch[0].length - dot - 1,
  };
}

/**
 * Read one 指标值 / 实际完成值 / money cell. With the split layout pass the 指标性质 and 度量单位 cells:
 * their operator and unit win over none written in the value, and `定性` makes the value qualitative.
 */
export function readValue(value: CellValue, options: ReadValueOptions = {}): ValueReading {
  return readCellValue(value, options.role ?? 'target', options.numberFormat, options.operatorCell, options.unitCell);
}

/**
 * readValue with its options as arguments: the indicator reader reads two cells on every row, and an options
 * object made for each is garbage the moment the reading is made.
 */
export function readCellValue(
  value: CellValue,
  role: ValueRole,
  numberFormat: string | null | undefined,
  operatorCell: CellValue | undefined,
  unitCell: CellValue | undefined,
): ValueReading {
  if (value === null || value === undefined) return emptyReading('empty', '');
  if (typeof value === 'string') return readTextValue(value, role, operatorCell, unitCell);
  const text = String(value);
  if (isPlaceholder(value, role)) return emptyReading('placeholder', text);
  if (typeof value === 'boolean') {
    const reading = emptyReading('text', text);
    reading.qualitative = text;
    return reading;
  }
  // A host may hand over Infinity (`<v>1E+309</v>` read as a number): not a number anyone typed.
  if (!Number.isFinite(value)) return emptyReading('error', text);
  const reading = emptyReading('number', text);
  if (isPercentFormat(numberFormat)) {
    const points = toPoints(value);
    if (!Number.isFinite(points)) return emptyReading('error', text);
    reading.number = points;
    reading.unit = '%';
    reading.decimals = formatDecimals(numberFormat) ?? Math.max(0, ownDecimals(value) - 2);
    reading.text = `${fixedText(points, reading.decimals)}%`;
  } else {
    reading.number = value;
    reading.unit = unitOfCell(unitCell);
    reading.decimals = displayedDecimals(value, numberFormat);
    if (formatDecimals(numberFormat) !== null) reading.text = fixedText(value, reading.decimals ?? 0);
  }
  const cellOperator = normalizeOperator(operatorCell ?? null);
  if (cellOperator && cellOperator !== '定性') reading.operator = cellOperator;
  return reading;
}

/** normalizeUnit of a 度量单位 cell; the column repeats its unit row after row, the last one needs no lookup. */
function unitOfCell(cell: CellValue | undefined): string | null {
  return typeof cell === 'string' ? lastUnitText(cell) : normalizeUnit(cell ?? null);
}

const lastUnitText = lastByText((text: string) => normalizeUnit(text));

/** readValue for a text cell: a placeholder, a number with its operator and unit, or qualitative text. */
function readTextValue(
  value: string,
  role: ValueRole,
  operatorCell: CellValue | undefined,
  unitCell: CellValue | undefined,
): ValueReading {
  const text = value.trim();
  if (ERROR_VALUE.test(text)) return emptyReading('error', text);
  const normalized = normalizeText(value);
  if (normalized === '') return emptyReading('empty', '');
  if (isPlaceholderText(normalized, role)) return emptyReading('placeholder', text);
  const cellOperator = normalizeOperator(operatorCell ?? null);
  // A qualitative row (指标性质 定性) keeps its text even when it looks numeric.
  const parsed = cellOperator === '定性' ? null : parseValueText(value);
  if (!parsed) {
    const reading = emptyReading('text', text);
    reading.qualitative = text;
    return reading;
  }
  const reading = emptyReading('number', text);
  reading.number = parsed.number;
  reading.decimals = parsed.decimals;
  reading.name = parsed.name;
  reading.operator = parsed.operator ?? (cellOperator && cellOperator !== '定性' ? cellOperator : null);
  reading.strict = parsed.operator ? parsed.strict : false;
  reading.unit = parsed.unit ?? unitOfCell(unitCell);
  return reading;
}

// ---------------------------------------------------------------------------------------------------
// Money, rates, weights

export interface NumberReading {
  /** The number, or null when the cell is empty / a placeholder / unreadable. */
  value: number | null;
  /** True when the cell holds something that is not a number (text, error): a ReadProblem. */
  unreadable: boolean;
  /** Unit written in the cell (`403.18万元`), if any. */
  unit: string | null;
  text: string;
}

/** A money / weight / score cell: numbers, numeric text ('285.64', '３．３６', '403.18万元'), or nothing. */
export function readNumber(value: CellValue): NumberReading {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { value, unreadable: false, unit: null, text }
      : { value: null, unreadable: true, unit: null, text };
  }
  if (value === null || value === undefined || typeof value === 'boolean') {
    return { value: null, unreadable: typeof value === 'boolean', unit: null, text };
  }
  if (isErrorValue(value)) return { value: null, unreadable: true, unit: null, text };
  if (isPlaceholder(value, 'money')) return { value: null, unreadable: false, unit: null, text };
  const parsed = parseValueText(value);
  if (!parsed || parsed.operator || parsed.name) return { value: null, unreadable: true, unit: null, text };
  if (parsed.unit === '%') return { value: null, unreadable: true, unit: '%', text };
  return { value: parsed.number, unreadable: false, unit: parsed.unit, text };
}

export interface RateReading {
  /** The stated rate as a fraction (0.8 for "80%"), null when empty or unreadable. */
  fraction: number | null;
  /** Decimals the rate shows in percent points ("80%" → 0, 0.7994 with '0.00%' → 2). */
  decimals: number | null;
  unreadable: boolean;
  text: string;
}

/**
 * A stated 执行率 / 预算执行率 cell. A number with a percent format or a text with % is exact. A bare
 * number is ambiguous: above 1.5 it is taken as percent points (94.08), otherwise as a fraction (0.9408);
 * nobody budgets a 150 % execution rate on purpose, and the rules compare at display precision anyway.
 */
export function readRate(value: CellValue, numberFormat?: string | null): RateReading {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (value === null || value === undefined || (typeof value === 'string' && isPlaceholder(value))) {
    return { fraction: null, decimals: null, unreadable: false, text };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { fraction: null, decimals: null, unreadable: true, text };
    if (isPercentFormat(numberFormat)) {
      return { fraction: value, decimals: formatDecimals(numberFormat), unreadable: false, text };
    }
    if (Math.abs(value) > 1.5) {
      return {
        fraction: shiftDecimal(value, -2),
        decimals: ownDecimals(value),
        unreadable: false,
        text,
      };
    }
    return { fraction: value, decimals: Math.max(0, ownDecimals(value) - 2), unreadable: false, text };
  }
  if (typeof value === 'boolean' || isErrorValue(value))
    return { fraction: null, decimals: null, unreadable: true, text };
  const parsed = parseValueText(value);
  if (!parsed || parsed.name || (parsed.unit !== null && parsed.unit !== '%')) {
    return { fraction: null, decimals: null, unreadable: true, text };
  }
  if (parsed.unit === '%' || Math.abs(parsed.number) > 1.5) {
    return {
      fraction: shiftDecimal(parsed.number, -2),
      decimals: parsed.decimals,
      unreadable: false,
      text,
    };
  }
  return { fraction: parsed.number, decimals: Math.max(0, parsed.decimals - 2), unreadable: false, text };
}

/** A weight written inside a label: `产出指标(50分)`, `产出(50)`, `预算执行情况（10分）` → name + weight. */
export function parseLabelWeight(label: CellValue): { name: string; weight: number | null } {
  if (typeof label !== 'string') return { name: label === null ? '' : String(label), weight: null };
  const { name, weight } = labelWeightOfText(label);
  return { name, weight };
}

const LABEL_WEIGHT = /^(.*?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/;

const labelWeightOfText = memoByText((label): { name: string; weight: number | null } => {
  const text = label.trim();
  const match = LABEL_WEIGHT.exec(text.normalize('NFKC'));
  if (!match) return { name: text, weight: null };
  return { name: match[1].trim(), weight: Number(match[2]) };
});

// ---------------------------------------------------------------------------------------------------
// Direction heuristic

/** Rates that are good when high even though their name holds a "bad" word (投诉处理率, 超期整改率). */
const POSITIVE_RATE =
  /(处理|办结|完成|合格|达标|覆盖|回复|满意|及时|到位|执行|利用|安排|保障|公开|知晓|整改|结案|办理|解决|响应)率/;
/** Things that are better when fewer (SPEC §3: 成本/超期/投诉/事故/差错/时间/天数 …). */
const NEGATIVE_NAME =
  /成本|费用|超期|逾期|延误|投诉|事故|差错|失误|错误|违规|违纪|违法|上访|信访|时间|时长|时限|天数|工作日|周期|不合格|返工|退件|结转结余|变动率|控制率|调整率|调整次数|发生率|死亡|伤亡|损失|污染|排放|能耗|空置/;

export interface InferredDirection {
  direction: Operator;
  /** Always true: the caller must say in its finding that the direction was guessed from the name. */
  inferred: true;
}

/** With no operator written: ≤ when the name says a bad thing (成本, 超期, 投诉 …), ≥ otherwise. */
export function inferDirection(name: string): InferredDirection {
  return { direction: directionOfName(name), inferred: true };
}

const directionOfName = memoByText((name): Operator => {
  const text = normalizeText(name);
  if (POSITIVE_RATE.test(text)) return '≥';
  return NEGATIVE_NAME.test(text) ? '≤' : '≥';
});
