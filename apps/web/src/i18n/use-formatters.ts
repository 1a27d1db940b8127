import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatDate, formatDateTime, formatMoney } from './format';
import type { DateStyle, MinorUnits } from './format';
import { localeOf } from './languages';
import { formatBasisPoints } from './percent';

/** Formatters bound to the current UI language's Swiss locale; they change when the language does. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(
    () => ({
      locale,
      money: (minor: MinorUnits, currency?: string) => formatMoney(minor, locale, currency),
      amount: (minor: MinorUnits, currency?: string) => formatAmount(minor, locale, currency),
      date: (value: string | Date, style?: DateStyle) => formatDate(value, locale, style),
      dateTime: (value: string | Date) => formatDateTime(value, locale),
      /** A rate in basis points, as the documents print it (fr-CH `8,1 %`). */
      percent: (bp: number) => formatBasisPoints(bp, locale),
      list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
    }),
    [locale],
  );
}
