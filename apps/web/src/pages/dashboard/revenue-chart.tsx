import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/dashboard';
import { useFormatters } from '../../i18n/use-formatters';

const HEIGHT = 160;
const BAR = 18;
const GAP = 4;
const SLOT = 60;

/** `2026-03` → `mars` in the UI locale (the year is shown only where it changes). */
function monthName(key: string, locale: string, withYear: boolean): string {
  const date = new Date(`${key}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: 'short', ...(withYear ? { year: '2-digit' } : {}), timeZone: 'UTC' }).format(date);
}

/**
 * Invoiced and paid per month for the last 12 months, as bars drawn in SVG (no chart library);
 * the same figures are in a table for screen readers and for anyone who prefers numbers.
 */
export function RevenueChart({ revenue, currency }: { revenue: Dashboard['revenue']; currency: Dashboard['currency'] }) {
  const { t } = useTranslation();
  const { money, locale } = useFormatters();
  const titleId = useId();
  // Heights as fractions of the largest month: display only, the figures stay exact in the table.
  const max = Math.max(1, ...revenue.flatMap((row) => [Math.abs(row.invoiced), row.paid]));
  const scale = (value: number) => Math.round((Math.max(0, value) / max) * (HEIGHT - 20));
  const width = revenue.length * SLOT;

  return (
    <figure className="chart card" aria-labelledby={titleId}>
      <figcaption id={titleId} className="card__title">
        {t('dashboard.revenueTitle')}
      </figcaption>
      <div className="chart__legend" aria-hidden="true">
        <span className="chart__key chart__key--invoiced">{t('dashboard.invoiced')}</span>
        <span className="chart__key chart__key--paid">{t('dashboard.paid')}</span>
      </div>
      <div className="chart__scroll">
        <svg className="chart__svg" viewBox={`0 0 ${width} ${HEIGHT + 24}`} width={width} height={HEIGHT + 24} aria-hidden="true" focusable="false">
          <line x1="0" x2={width} y1={HEIGHT} y2={HEIGHT} className="chart__axis" />
          {revenue.map((row, i) => {
            const x = i * SLOT + (SLOT - 2 * BAR - GAP) / 2;
            const invoiced = scale(row.invoiced);
            const paid = scale(row.paid);
            return (
              <g key={row.month}>
                <rect x={x} y={HEIGHT - invoiced} width={BAR} height={invoiced} className="chart__bar chart__bar--invoiced" rx="2" />
                <rect x={x + BAR + GAP} y={HEIGHT - paid} width={BAR} height={paid} className="chart__bar chart__bar--paid" rx="2" />
                <text x={x + BAR + GAP / 2} y={HEIGHT + 16} textAnchor="middle" className="chart__label">
                  {monthName(row.month, locale, i === 0 || row.month.endsWith('-01'))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>{t('dashboard.revenueTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.month')}</th>
            <th scope="col">{t('dashboard.invoiced')}</th>
            <th scope="col">{t('dashboard.paid')}</th>
          </tr>
        </thead>
        <tbody>
          {revenue.map((row) => (
            <tr key={row.month}>
              <th scope="row">{monthName(row.month, locale, true)}</th>
              <td>{money(row.invoiced, currency)}</td>
              <td>{money(row.paid, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
