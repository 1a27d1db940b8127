// Dates, amounts, quantities and rates as the documents print them, per language. Fixed tables
// rather than Intl: an issued invoice must re-render byte for byte on any Node/ICU version
// (CO art. 958f), the same reason packages/swiss fixes its amount separators.
import { assertIsoDate, formatAmount, formatMoney, formatQuantity, formatRate as formatSwissRate, parseQuantity, toSwissLocale } from '@simplifaq/swiss';
import type { Currency, IsoDate, Language } from '@simplifaq/swiss';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2026-01-05` → `05.01.2026`: the numeric date of all four Swiss locales (CLDR de/fr/it/en-CH). */
export function formatDate(date: IsoDate, field = 'date'): string {
  assertIsoDate(date, field);
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** `2026-01-05` → fr `5 janvier 2026`, de `5. Januar 2026`, it `5 gennaio 2026`, en `5 January 2026`. */
export function formatLongDate(date: IsoDate, language: Language, field = 'date'): string {
  assertIsoDate(date, field);
  const day = Number(date.slice(8, 10));
  const month = MONTHS[language][Number(date.slice(5, 7)) - 1];
  const year = date.slice(0, 4);
  if (language === 'de') return `${day}. ${month} ${year}`;
  if (language === 'fr' && day === 1) return `1er ${month} ${year}`;
  return `${day} ${month} ${year}`;
}

/** A supply period `05.01.2026 – 31.01.2026`. */
export function formatPeriod(start: IsoDate, end: IsoDate): string {
  return `${formatDate(start, 'supplyDate')} – ${formatDate(end, 'supplyPeriodEnd')}`;
}

/** An amount without currency, grouped per locale: de/it/en `1'234.50`, fr `1 234.50`. */
export function formatDocumentAmount(minor: bigint, language: Language): string {
  return formatAmount(minor, toSwissLocale(language));
}

/** An amount with its currency in the locale's order: `CHF 1'234.50`, fr `1 234.50 CHF`. */
export function formatDocumentMoney(minor: bigint, currency: Currency, language: Language): string {
  return formatMoney(minor, currency, toSwissLocale(language));
}

/** Basis points as a rate: fr `8,1 %`, de `8.1 %`, it and en `8.1%` (packages/swiss). */
export function formatRate(bp: number, language: Language): string {
  return formatSwissRate(bp, language);
}

/** A stored quantity (`"1.5000"`) with as few decimals as needed: `1.5`. */
export function formatDocumentQuantity(quantity: string, field = 'quantity'): string {
  return formatQuantity(parseQuantity(quantity, field));
}
