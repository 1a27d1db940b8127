import { Fragment } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TvaRateRow } from '@simplifaq/swiss/tva';
import { TVA_CATEGORY_LIST } from '../../api/documents';
import type { Currency, PriceMode, TvaCategory } from '../../api/documents';
import { listProducts } from '../../api/products';
import type { Product } from '../../api/products';
import { Combobox } from '../../components/combobox';
import { Icon } from '../../components/icon';
import { formatBasisPoints } from '../../i18n/percent';
import { useFormatters } from '../../i18n/use-formatters';
import { emptyLine, minorToText } from './editor-state';
import type { LineDraft } from './editor-state';
import { productPriceIn, rateOf } from './tva-rates';

interface LinesEditorProps {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  /** Field errors by `lines.<row>.<field>`, already translated. */
  errors: Record<string, string>;
  lineAmounts: Map<number, bigint>;
  currency: Currency;
  /** Net or gross: a product picked on a line gets its price in this mode. */
  priceMode: PriceMode;
  vatRegistered: boolean;
  supplyDate: string;
  /** The TVA rate table (useTvaRates): the rates in the category options and product prices. */
  rates: readonly TvaRateRow[];
  readOnly?: boolean;
}

export function tvaCategoryLabel(t: TFunction, category: TvaCategory, supplyDate: string, locale: string, rates: readonly TvaRateRow[]): string {
  const rate = rateOf(category, supplyDate, rates);
  const name = t(`editor.tva.${category}`);
  return rate === null || category === 'exempt' || category === 'zero_rated' ? name : `${name} ${formatBasisPoints(rate, locale)}`;
}

/**
 * The document's lines: description with product suggestions, quantity, unit, price, discount,
 * TVA category, and the line amount computed as typed. A table on wide screens, cards on phones.
 */
export function LinesEditor({ lines, onChange, errors, lineAmounts, currency, priceMode, vatRegistered, supplyDate, rates, readOnly = false }: LinesEditorProps) {
  const { t } = useTranslation();
  const { amount, locale } = useFormatters();

  function update(index: number, patch: Partial<LineDraft>) {
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  }
  const priceOf = (product: Product) => productPriceIn(product, { priceMode, vatRegistered, supplyDate, rates });
  function fromProduct(index: number, product: Product) {
    update(index, {
      productId: product.id,
      description: product.name,
      unit: product.unit,
      unitPrice: minorToText(priceOf(product)),
      tvaCategory: vatRegistered ? product.tvaCategory : 'exempt',
    });
  }
  const tvaOptions = TVA_CATEGORY_LIST.map((category) => ({ category, label: tvaCategoryLabel(t, category, supplyDate, locale, rates) }));
  // The TVA select is as wide as the longest label of the language (editor.css), e.g. 26
  // characters for "Von der Steuer ausgenommen": read in full rather than shortened.
  const tvaWidth = { '--tva-label-chars': Math.max(...tvaOptions.map((option) => option.label.length)) } as CSSProperties;
  const fieldError = (index: number, field: string) => errors[`lines.${index}.${field}`];
  const describedBy = (index: number, field: string) => (fieldError(index, field) ? `line-${index}-${field}-error` : undefined);

  return (
    <div className="lines">
      <table className="lines__table" style={tvaWidth}>
        <caption className="visually-hidden">{t('editor.lines')}</caption>
        <thead>
          <tr>
            <th scope="col" className="lines__description">
              {t('editor.line.description')}
            </th>
            <th scope="col" className="lines__qty">
              {t('editor.line.quantity')}
            </th>
            <th scope="col" className="lines__unit">
              {t('editor.line.unit')}
            </th>
            <th scope="col" className="lines__price">
              {t('editor.line.unitPrice', { currency })}
            </th>
            <th scope="col" className="lines__discount">
              {t('editor.line.discount')}
            </th>
            {vatRegistered ? (
              <th scope="col" className="lines__tva">
                {t('editor.line.tva')}
              </th>
            ) : null}
            <th scope="col" className="lines__amount num">
              {t('editor.line.amount')}
            </th>
            <th scope="col" className="lines__remove">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const n = index + 1;
            const lineAmount = lineAmounts.get(index);
            const errorsOf = ['description', 'quantity', 'unitPrice', 'discountBp', 'supplyDate'].filter((field) => fieldError(index, field));
            return (
              <Fragment key={line.key}>
              <tr className="lines__row" data-invalid={errorsOf.length > 0 || undefined}>
                <td className="lines__description" data-label={t('editor.line.description')}>
                  <Combobox<Product>
                    label={t('editor.line.descriptionOf', { n })}
                    value={line.description}
                    disabled={readOnly}
                    onChange={(description) => update(index, { description, productId: null })}
                    search={async (api, q, signal) => (await listProducts(api, { q, limit: 8 }, signal)).items}
                    optionKey={(product) => product.id}
                    renderOption={(product) => (
                      <>
                        <span className="combobox__title">{product.name}</span>
                        <span className="combobox__sub">
                          {amount(priceOf(product), currency)} / {product.unit}
                        </span>
                      </>
                    )}
                    onSelect={(product) => fromProduct(index, product)}
                    aria-invalid={fieldError(index, 'description') ? true : undefined}
                    aria-describedby={describedBy(index, 'description')}
                  />
                </td>
                <td className="lines__qty" data-label={t('editor.line.quantity')}>
                  <input
                    className="input num"
                    inputMode="decimal"
                    aria-label={t('editor.line.quantityOf', { n })}
                    value={line.quantity}
                    disabled={readOnly}
                    onChange={(event) => update(index, { quantity: event.target.value })}
                    aria-invalid={fieldError(index, 'quantity') ? true : undefined}
                    aria-describedby={describedBy(index, 'quantity')}
                  />
                </td>
                <td className="lines__unit" data-label={t('editor.line.unit')}>
                  <input
                    className="input"
                    aria-label={t('editor.line.unitOf', { n })}
                    value={line.unit}
                    placeholder={t('editor.line.unitPlaceholder')}
                    disabled={readOnly}
                    onChange={(event) => update(index, { unit: event.target.value })}
                  />
                </td>
                <td className="lines__price" data-label={t('editor.line.unitPrice', { currency })}>
                  <input
                    className="input num"
                    inputMode="decimal"
                    aria-label={t('editor.line.unitPriceOf', { n })}
                    value={line.unitPrice}
                    placeholder="0.00"
                    disabled={readOnly}
                    onChange={(event) => update(index, { unitPrice: event.target.value })}
                    aria-invalid={fieldError(index, 'unitPrice') ? true : undefined}
                    aria-describedby={describedBy(index, 'unitPrice')}
                  />
                </td>
                <td className="lines__discount" data-label={t('editor.line.discount')}>
                  <input
                    className="input num"
                    inputMode="decimal"
                    aria-label={t('editor.line.discountOf', { n })}
                    value={line.discount}
                    placeholder="0"
                    disabled={readOnly}
                    onChange={(event) => update(index, { discount: event.target.value })}
                    aria-invalid={fieldError(index, 'discountBp') ? true : undefined}
                    aria-describedby={describedBy(index, 'discountBp')}
                  />
                </td>
                {vatRegistered ? (
                  <td className="lines__tva" data-label={t('editor.line.tva')}>
                    <select
                      className="select"
                      aria-label={t('editor.line.tvaOf', { n })}
                      value={line.tvaCategory}
                      disabled={readOnly}
                      onChange={(event) => update(index, { tvaCategory: event.target.value as TvaCategory })}
                    >
                      {tvaOptions.map(({ category, label }) => (
                        <option key={category} value={category}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </td>
                ) : null}
                <td className="lines__amount num" data-label={t('editor.line.amount')}>
                  <output aria-label={t('editor.line.amountOf', { n })}>{lineAmount === undefined ? t('common.none') : amount(lineAmount, currency)}</output>
                </td>
                <td className="lines__remove">
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="icon-button"
                      onClick={() => onChange(lines.length > 1 ? lines.filter((_, i) => i !== index) : [emptyLine(line.tvaCategory)])}
                    >
                      <Icon name="trash" size={18} />
                      <span className="visually-hidden">{t('editor.line.remove', { n })}</span>
                    </button>
                  )}
                </td>
              </tr>
              {errorsOf.length > 0 ? (
                <tr className="lines__error-row">
                  <td colSpan={vatRegistered ? 8 : 7}>
                    {errorsOf.map((field) => (
                      <p key={field} id={`line-${index}-${field}-error`} className="field__error">
                        {t('editor.line.errorOf', { n, message: fieldError(index, field) })}
                      </p>
                    ))}
                  </td>
                </tr>
              ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {readOnly ? null : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...lines, emptyLine(vatRegistered ? (lines.at(-1)?.tvaCategory ?? 'normal') : 'exempt')])}
        >
          <Icon name="plus" /> {t('editor.addLine')}
        </button>
      )}
    </div>
  );
}
