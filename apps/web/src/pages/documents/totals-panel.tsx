import { useTranslation } from 'react-i18next';
import type { InvoiceCalculation } from '@simplifaq/swiss/tva';
import type { Currency, PriceMode, TvaCategory } from '../../api/documents';
import { formatBasisPoints } from '../../i18n/percent';
import { useFormatters } from '../../i18n/use-formatters';

type Minor = number | bigint;

/** The totals of a document: the live calculation's (bigint) or a stored document's (number). */
export interface TotalsFigures {
  readonly subtotal: Minor;
  readonly discount: Minor;
  readonly totalNet: Minor;
  readonly totalTva: Minor;
  readonly roundingAdjustment: Minor;
  readonly totalPayable: Minor;
  readonly rows: readonly { readonly category: string; readonly rateBp: number; readonly validFrom: string | null; readonly base: Minor; readonly tax: Minor }[];
}

interface TotalsListProps {
  totals: TotalsFigures;
  currency: Currency;
  priceMode: PriceMode;
  vatRegistered: boolean;
  /** The document discount in basis points, named on its line ("Rabais 5 %"). */
  discountBp: number;
  /** The last line's label; "Total à payer" unless the document says otherwise (a credit note). */
  totalLabel?: string | undefined;
  className?: string;
  /** The editor's panel: the amount due is announced as it changes. */
  live?: boolean;
}

const isZero = (minor: Minor) => BigInt(minor) === 0n;

/**
 * The totals in the PDF's order (packages/documents, totals.ts): subtotal, document discount, net
 * total, TVA per rate and in all, the 5-Rappen rounding line and the amount due. One list for the
 * editor's panel, its paper preview and the issued document, so the three always add up alike.
 */
export function TotalsList({ totals, currency, priceMode, vatRegistered, discountBp, totalLabel, className = 'totals__list', live = false }: TotalsListProps) {
  const { t } = useTranslation();
  const { money, locale } = useFormatters();
  return (
    <dl className={className}>
      <div>
        <dt>{priceMode === 'gross' && vatRegistered ? t('editor.totals.subtotalGross') : t('editor.totals.subtotal')}</dt>
        <dd>{money(totals.subtotal, currency)}</dd>
      </div>
      {!isZero(totals.discount) ? (
        <div>
          <dt>{t('editor.totals.discount', { rate: formatBasisPoints(discountBp, locale) })}</dt>
          <dd>{money(-BigInt(totals.discount), currency)}</dd>
        </div>
      ) : null}
      {vatRegistered ? (
        <>
          <div>
            <dt>{t('editor.totals.net')}</dt>
            <dd>{money(totals.totalNet, currency)}</dd>
          </div>
          {totals.rows.map((row) => (
            <div key={`${row.category}|${row.rateBp}|${row.validFrom ?? ''}`} className="totals__tva" data-testid={live ? 'tva-row' : undefined}>
              <dt>
                {row.rateBp === 0
                  ? // Exempt or zero-rated: no "TVA 0 %" that would read as a rate.
                    t('editor.totals.tvaRowUntaxed', { category: t(`editor.tva.${row.category as TvaCategory}`), base: money(row.base, currency) })
                  : t('editor.totals.tvaRow', {
                      category: t(`editor.tva.${row.category as TvaCategory}`),
                      rate: formatBasisPoints(row.rateBp, locale),
                      base: money(row.base, currency),
                    })}
              </dt>
              <dd>{money(row.tax, currency)}</dd>
            </div>
          ))}
          <div>
            <dt>{t('editor.totals.tva')}</dt>
            <dd>{money(totals.totalTva, currency)}</dd>
          </div>
        </>
      ) : null}
      {!isZero(totals.roundingAdjustment) ? (
        <div>
          <dt>{t('editor.totals.rounding')}</dt>
          <dd>{money(totals.roundingAdjustment, currency)}</dd>
        </div>
      ) : null}
      <div className="totals__payable">
        <dt>{totalLabel ?? t('editor.totals.payable')}</dt>
        <dd aria-live={live ? 'polite' : undefined} data-testid={live ? 'total-payable' : undefined}>
          {money(totals.totalPayable, currency)}
        </dd>
      </div>
    </dl>
  );
}

interface TotalsPanelProps {
  calculation: InvoiceCalculation | null;
  currency: Currency;
  priceMode: PriceMode;
  vatRegistered: boolean;
  discountBp: number;
  /** A rule the calculation broke, already translated. */
  error?: string | undefined;
  /** The last line's label; default "Total à payer" (a quote says "Total de l'offre"). */
  totalLabel?: string | undefined;
}

/** Totals and the TVA summary per rate, as the invoice will print them; announced as they change. */
export function TotalsPanel({ calculation, currency, priceMode, vatRegistered, discountBp, error, totalLabel }: TotalsPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="totals__title">
        {t('editor.totals.title')}
      </h2>
      {calculation ? (
        <>
          <TotalsList totals={calculation} currency={currency} priceMode={priceMode} vatRegistered={vatRegistered} discountBp={discountBp} totalLabel={totalLabel} live />
          {!vatRegistered ? <p className="field__hint">{t('editor.totals.noVat')}</p> : null}
        </>
      ) : (
        <p className="field__error" role="alert">
          {error ?? t('common.none')}
        </p>
      )}
    </section>
  );
}
