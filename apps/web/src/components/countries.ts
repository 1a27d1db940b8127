import { ISO_COUNTRY_CODES } from '@simplifaq/swiss/address';

// The neighbours first: nearly every client of a Swiss small business lives in one of these.
const FIRST = ['CH', 'LI', 'DE', 'FR', 'IT', 'AT'];

/** Country options named in the UI language (Intl.DisplayNames), neighbours first. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = undefined;
  }
  const label = (code: string) => names?.of(code) ?? code;
  const rest = [...ISO_COUNTRY_CODES]
    .filter((code) => !FIRST.includes(code))
    .map((code) => ({ value: code, label: label(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [...FIRST.map((code) => ({ value: code, label: label(code) })), ...rest];
}
