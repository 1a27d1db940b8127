import { useTranslation } from 'react-i18next';
import type { InvoiceCalculation } from '@simplifaq/swiss/tva';
import type { Currency, PriceMode } from '../../api/documents';
import { formatBasisPoints } from '../../i18n/percent';
import { useFormatters } from '../../i18n/use-formatters';

interface TotalsPanelProps {
  calculation: InvoiceCalculation | null;
  currency: Currency;
  priceMode: PriceMode;
  vatRegistered: boolean;
  /** A rule the calculation broke, already translated. */
  error?: string | undefined;
}

/** Totals and the TVA summary per rate, as the invoice will print them; announced as they change. */
export function TotalsPanel({ calculation, currency, priceMode, vatRegistered, error }: TotalsPanelProps) {
  const { t } = useTranslation();
  const { money, locale } = useFormatters();
  if (!calculation) {
    return (
      <section className="totals" aria-labelledby="totals-title">
        <h2 id="totals-title" className="totals__title">
          {t('editor.totals.title')}
        </h2>
        <p className="field__error" role="alert">
          {error ?? t('common.none')}
        </p>
      </section>
    );
  }
  const c = calculation;
  return (
    <section className="totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="totals__title">
        {t('editor.totals.title')}
      </h2>
      <dl className="totals__list">
        <div>
          <dt>{priceMode === 'gross' && vatRegistered ? t('editor.totals.subtotalGross') : t('editor.totals.subtotal')}</dt>
          <dd>{money(c.subtotal, currency)}</dd>
        </div>
        {c.discount !== 0n ? (
          <div>
            <dt>{t('editor.totals.discount')}</dt>
            <dd>{money(-c.discount, currency)}</dd>
          </div>
        ) : null}
        {vatRegistered ? (
          <>
            <div>
              <dt>{t('editor.totals.net')}</dt>
              <dd>{money(c.totalNet, currency)}</dd>
            </div>
            {c.rows.map((row) => (
              <div key={`${row.category}|${row.rateBp}|${row.validFrom ?? ''}`} className="totals__tva" data-testid="tva-row">
                <dt>
                  {t('editor.totals.tvaRow', {
                    category: t(`editor.tva.${row.category}`),
                    rate: formatBasisPoints(row.rateBp, locale),
                    base: money(row.base, currency),
                  })}
                </dt>
                <dd>{money(row.tax, currency)}</dd>
              </div>
            ))}
            <div>
              <dt>{t('editor.totals.tva')}</dt>
              <dd>{money(c.totalTva, currency)}</dd>
            </div>
          </>
        ) : null}
        {c.roundingAdjustment !== 0n ? (
          <div>
            <dt>{t('editor.totals.rounding')}</dt>
            <dd>{money(c.roundingAdjustment, currency)}</dd>
          </div>
        ) : null}
        <div className="totals__payable">
          <dt>{t('editor.totals.payable')}</dt>
          <dd aria-live="polite" data-testid="total-payable">
            {money(c.totalPayable, currency)}
          </dd>
        </div>
      </dl>
      {!vatRegistered ? <p className="field__hint">{t('editor.totals.noVat')}</p> : null}
    </section>
  );
}
