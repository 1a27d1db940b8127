import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canWrite } from '../../api/auth';
import type { PriceMode, TvaCategory } from '../../api/documents';
import { listProducts } from '../../api/products';
import type { Product, ProductDraft } from '../../api/products';
import { useDebounced, useKeysetList } from '../../api/use-keyset-list';
import { CsvImport } from '../../components/csv-import';
import { EmptyState } from '../../components/empty-state';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { LoadMore } from '../../components/load-more';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { SearchField } from '../../components/search-field';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';

/** The products and services a business sells, with their price and TVA category; CSV import. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { amount } = useFormatters();
  const { me } = useSession();
  const [search, setSearch] = useState('');
  const [archived, setArchived] = useState<'false' | 'true' | 'all'>('false');
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const q = useDebounced(search.trim());
  const list = useKeysetList<Product>(`${q}|${archived}`, (client, cursor, signal) => listProducts(client, { q: q || undefined, archived, cursor, limit: 50 }, signal));
  const writer = canWrite(me.role);
  const filtered = q !== '' || archived !== 'false';
  const price = (product: Pick<Product, 'unitPrice' | 'priceMode'>) => `${amount(product.unitPrice)} ${t(`products.priceModeShort.${product.priceMode}`)}`;

  const actions = writer ? (
    <>
      <button type="button" className="button button--secondary" onClick={() => setImporting(true)}>
        <Icon name="upload" /> {t('csv.open')}
      </button>
      <Link to="/products/new" className="button button--primary">
        <Icon name="plus" /> {t('products.create')}
      </Link>
    </>
  ) : null;

  const importer = importing ? (
    <CsvImport<ProductDraft>
      path="/api/products/import"
      columns={[
        { field: 'name', label: t('products.fields.name') },
        { field: 'unit', label: t('products.fields.unit') },
        { field: 'unitPrice', label: t('products.fields.unitPrice') },
        { field: 'tvaCategory', label: t('products.fields.tvaCategory') },
      ]}
      renderValue={(field, value) => {
        if (field === 'unitPrice' && typeof value === 'number') return amount(value);
        if (field === 'tvaCategory') return t(`editor.tva.${value as TvaCategory}`);
        if (field === 'priceMode') return t(`editor.priceModes.${value as PriceMode}`);
        return String(value ?? '');
      }}
      onImported={(result) => {
        setImporting(false);
        setImported(result.created);
        list.reload();
      }}
      onClose={() => setImporting(false)}
    />
  ) : null;

  if (!list.loading && !list.error && list.items.length === 0 && !filtered && !importing) {
    return (
      <>
        <PageHeader title={t('products.title')} subtitle={t('products.subtitle')} />
        {imported !== null ? <Notice tone="success">{t('csv.done', { count: imported })}</Notice> : null}
        <EmptyState icon="products" title={t('products.emptyTitle')} actions={actions}>
          {t('products.emptyText')}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('products.title')} subtitle={t('products.subtitle')} actions={actions} />
      {imported !== null ? <Notice tone="success">{t('csv.done', { count: imported })}</Notice> : null}
      {importer}
      <div className="toolbar">
        <SearchField label={t('products.searchLabel')} value={search} onChange={setSearch} />
        <div className="segmented" role="group" aria-label={t('clients.showLabel')}>
          {(['false', 'true', 'all'] as const).map((value) => (
            <button key={value} type="button" className="segmented__item" aria-pressed={archived === value} onClick={() => setArchived(value)}>
              {t(`clients.show.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <FormAlert error={list.error} />
      <div className="table-wrap" aria-busy={list.loading}>
        <table className="data-table">
          <caption className="visually-hidden">{t('products.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('products.fields.name')}</th>
              <th scope="col">{t('products.fields.unit')}</th>
              <th scope="col" className="num">
                {t('products.fields.unitPrice')}
              </th>
              <th scope="col">{t('products.fields.tvaCategory')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((product) => (
              <tr key={product.id}>
                <th scope="row" data-label={t('products.fields.name')}>
                  <Link to={`/products/${product.id}`} className="data-table__link">
                    {product.name}
                  </Link>
                  {product.description ? <span className="data-table__sub">{product.description}</span> : null}
                  {product.archivedAt ? <span className="badge badge--muted">{t('clients.archived')}</span> : null}
                </th>
                <td data-label={t('products.fields.unit')}>{product.unit}</td>
                <td data-label={t('products.fields.unitPrice')} className="num">
                  {price(product)}
                </td>
                <td data-label={t('products.fields.tvaCategory')}>{t(`editor.tva.${product.tvaCategory}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 ? (
          <p className="table-empty" role="status">
            {q ? t('products.noMatch', { q }) : t('products.noneArchived')}
          </p>
        ) : null}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
    </>
  );
}
