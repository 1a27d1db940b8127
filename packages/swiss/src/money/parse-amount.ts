import { SwissRuleError } from '../errors';
import type { Currency } from '../types';

/** Options of {@link parseAmount}; the currency is CHF or EUR (IG QR-bill 2.3, §4.2.2 "Ccy"; ISO 4217). */
export interface ParseAmountOptions {
  /** Input path named in errors. Default `amount`. */
  field?: string;
  /** When set, a currency written in the text (CHF, Fr., EUR, €) must be this one. */
  currency?: Currency;
}

// Currency marks people type before or after the number. "Fr." / "SFr." are Swiss francs.
const CURRENCY_MARK = /^(chf|sfr\.?|fr\.?|eur|€)\s*|\s*(chf|sfr\.?|fr\.?|eur|€)$/i;
// Thousands separators in Swiss use: ASCII and typographic apostrophes, spaces (incl. no-break,
// thin and narrow no-break), and "." or "," when the other one is the decimal separator.
const GROUP_SPLIT = /['\u2019\u02bc\u2018 \u00a0\u2009\u202f.,]/;
const ALLOWED = /^[0-9'\u2019\u02bc\u2018 \u00a0\u2009\u202f.,]+$/;
// "12.-" / "12,–" means whole francs (Swiss price notation).
const WHOLE_MARK = /[.,][-\u2013\u2014]$/;
const MAX_INTEGER_DIGITS = 15;

/**
 * Parses an amount as people type it in Switzerland and returns exact minor units (Rappen /
 * cents) as `bigint` — never through a binary float.
 *
 * Accepted: `1'234.50`, `1’234.50`, `1 234,50`, `1.234,50`, `1,234.50`, `1234.5`, `CHF 12.-`,
 * `Fr. 12.–`, `-12.30`, `−12.30`, `12.30 EUR`, `€ 5`. Rules: when both `.` and `,` occur the last
 * one is the decimal separator; a single `.` or `,` is the decimal separator; the same one
 * repeated is grouping. Groups after the first must have exactly 3 digits.
 *
 * More than 2 decimals is refused (`AMOUNT_PRECISION`) rather than rounded: `1.234` is as likely
 * "one thousand two hundred thirty-four" (de-DE habits) as "1.23", and money must not be guessed.
 * Amounts are minor units of CHF or EUR, both 2-decimal currencies (ISO 4217).
 */
export function parseAmount(input: string, options: ParseAmountOptions = {}): bigint {
  const field = options.field ?? 'amount';
  const fail = (): never => {
    throw new SwissRuleError('AMOUNT_INVALID', field, { input });
  };
  let text = input.trim();
  let negative = false;
  const takeSign = () => {
    if (text.startsWith('-') || text.startsWith('\u2212')) {
      negative = true;
      text = text.slice(1).trim();
    }
  };
  takeSign();
  const mark = CURRENCY_MARK.exec(text);
  if (mark) {
    const written = (mark[1] ?? mark[2] ?? '').toUpperCase();
    const currency: Currency = written === 'EUR' || written === '€' ? 'EUR' : 'CHF';
    if (options.currency !== undefined && options.currency !== currency) {
      throw new SwissRuleError('CURRENCY_INVALID', field, { input, value: currency, expected: options.currency });
    }
    text = text.replace(CURRENCY_MARK, '').trim();
    if (!negative) takeSign();
  }
  let wholeOnly = false;
  if (WHOLE_MARK.test(text)) {
    wholeOnly = true;
    text = text.slice(0, -2);
  }
  if (text === '' || !ALLOWED.test(text)) return fail();

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma);
  else if (lastDot >= 0 && text.indexOf('.') === lastDot) decimalAt = lastDot;
  else if (lastComma >= 0 && text.indexOf(',') === lastComma) decimalAt = lastComma;
  if (wholeOnly && decimalAt >= 0) return fail();

  const integerText = decimalAt >= 0 ? text.slice(0, decimalAt) : text;
  const fraction = decimalAt >= 0 ? text.slice(decimalAt + 1) : '';
  if (!/^\d*$/.test(fraction)) return fail();
  if (fraction.length > 2) throw new SwissRuleError('AMOUNT_PRECISION', field, { input, decimals: fraction.length });

  const decimalChar = decimalAt >= 0 ? text[decimalAt] : undefined;
  const groups = integerText.split(GROUP_SPLIT);
  if (decimalChar !== undefined && integerText.includes(decimalChar)) return fail();
  if (groups.length > 1) {
    const [first, ...rest] = groups;
    if (!first || first.length > 3 || rest.some((g) => g.length !== 3)) return fail();
  }
  const digits = groups.join('');
  if (digits === '' && fraction === '') return fail();
  if (!/^\d*$/.test(digits)) return fail();
  const significant = digits.replace(/^0+/, '');
  if (significant.length > MAX_INTEGER_DIGITS) {
    throw new SwissRuleError('AMOUNT_OUT_OF_RANGE', field, { input, maxIntegerDigits: MAX_INTEGER_DIGITS });
  }
  const minor = BigInt(digits || '0') * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -minor : minor;
}

