import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '@simplifaq/swiss/money';
import { findTvaRate } from '@simplifaq/swiss/tva';
import type { TvaRateRow } from '@simplifaq/swiss/tva';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { canWrite } from '../../api/auth';
import { TVA_CATEGORY_LIST } from '../../api/documents';
import type { PriceMode, TvaCategory } from '../../api/documents';
import { archiveProduct, createProduct, deleteProduct, getProduct, updateProduct } from '../../api/products';
import type { Product } from '../../api/products';
import { useTvaRates } from '../../api/tva-rates';
import { useQuery } from '../../api/use-query';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { CatalogueFormActions } from '../catalogue/catalogue-form-actions';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { orNull, useForm } from '../../components/use-form';
import { useSubmit } from '../../components/use-submit';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';
import { minorToText, swissToday } from '../documents/editor-state';
import { tvaCategoryLabel } from '../documents/lines-editor';

const FIELDS = ['name', 'description', 'unit', 'unitPrice', 'priceMode', 'tvaCategory'] as const;

/** Today's three rates and the year they apply from, written like the rates in the options. */
function tvaHintValues(percent: (bp: number) => string, rates: readonly TvaRateRow[]) {
  const today = swissToday();
  const rate = (category: 'normal' | 'reduced' | 'accommodation') => findTvaRate(rates, category, today);
  const normal = rate('normal');
  return { normal: percent(normal.rateBp), reduced: percent(rate('reduced').rateBp), accommodation: percent(rate('accommodation').rateBp), year: (normal.validFrom ?? today).slice(0, 4) };
}

/** `/products/new` and `/products/:id`. */
export function ProductFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery<Product>(id ? `product:${id}` : null, (api, signal) => getProduct(api, id ?? '', signal));
  if (id && !query.data) {
    return (
      <>
        <PageHeader title={t('products.editTitle')} />
        {query.error ? <FormAlert error={query.error} /> : <p role="status">{t('common.loading')}</p>}
      </>
    );
  }
  return <ProductForm key={query.data?.id ?? 'new'} product={query.data} />;
}

function ProductForm({ product }: { product: Product | undefined }) {
  const { t } = useTranslation();
  const { locale, percent } = useFormatters();
  const rates = useTvaRates();
  const api = useApiClient();
  const navigate = useNavigate();
  const { me } = useSession();
  const writer = canWrite(me.role);
  const { values, bind } = useForm({
    name: product?.name ?? '',
    description: product?.description ?? '',
    unit: product?.unit ?? '',
    unitPrice: product ? minorToText(product.unitPrice) : '',
    priceMode: product?.priceMode ?? 'net',
    tvaCategory: product?.tvaCategory ?? 'normal',
  });
  const save = useSubmit(async () => {
    let unitPrice: bigint;
    try {
      unitPrice = parseAmount(values.unitPrice || '', { field: 'unitPrice' });
    } catch {
      throw new ApiError({ status: 400, code: 'AMOUNT_INVALID', message: 'AMOUNT_INVALID', field: 'unitPrice' });
    }
    const input = {
      name: values.name.trim(),
      description: orNull(values.description),
      unit: values.unit.trim() || 'pce',
      unitPrice: Number(unitPrice),
      priceMode: values.priceMode as PriceMode,
      tvaCategory: values.tvaCategory as TvaCategory,
    };
    if (product) await updateProduct(api, product.id, input);
    else await createProduct(api, input);
    await navigate('/products', { replace: true });
  }, FIELDS);
  const field = (name: (typeof FIELDS)[number]) => ({ label: t(`products.fields.${name}`), error: save.fieldError(name), disabled: !writer, ...bind(name) });

  return (
    <>
      <PageHeader title={product ? product.name : t('products.newTitle')} subtitle={t('products.formSubtitle')} />
      <form className="form form--wide card" onSubmit={save.onSubmit} noValidate>
        <FormAlert error={save.formError} />
        <TextField {...field('name')} required />
        <div className="field">
          <label htmlFor="product-description" className="field__label">
            {t('products.fields.description')}
          </label>
          <textarea id="product-description" className="input textarea" rows={2} disabled={!writer} {...bind('description')} />
        </div>
        <div className="form-grid form-grid--three">
          <TextField {...field('unitPrice')} inputMode="decimal" placeholder="0.00" required />
          <TextField {...field('unit')} placeholder={t('editor.line.unitPlaceholder')} />
          <SelectField
            {...field('priceMode')}
            options={[
              { value: 'net', label: t('editor.priceModes.net') },
              { value: 'gross', label: t('editor.priceModes.gross') },
            ]}
          />
        </div>
        <SelectField
          {...field('tvaCategory')}
          hint={t('products.tvaHint', tvaHintValues(percent, rates))}
          options={TVA_CATEGORY_LIST.map((category) => ({ value: category, label: tvaCategoryLabel(t, category, swissToday(), locale, rates) }))}
        />
        <CatalogueFormActions kind="products" record={product} writer={writer} savePending={save.pending} cancelTo="/products" archive={archiveProduct} remove={deleteProduct} />
      </form>
    </>
  );
}
