import { useTranslation } from 'react-i18next';
import type { PriceMode, TvaCategory } from '../../api/documents';
import { listProducts } from '../../api/products';
import type { Product, ProductDraft } from '../../api/products';
import { useFormatters } from '../../i18n/use-formatters';
import { CatalogueListPage } from '../catalogue/catalogue-list-page';

/** The products and services a business sells, with their price and TVA category; CSV import. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { amount } = useFormatters();
  return (
    <CatalogueListPage<Product, ProductDraft>
      kind="products"
      fetchPage={listProducts}
      subtitle={(product) => product.description}
      columns={[
        { header: t('products.fields.unit'), cell: (product) => product.unit },
        { header: t('products.fields.unitPrice'), numeric: true, cell: (product) => `${amount(product.unitPrice)} ${t(`products.priceModeShort.${product.priceMode}`)}` },
        { header: t('products.fields.tvaCategory'), cell: (product) => t(`editor.tva.${product.tvaCategory}`) },
      ]}
      importColumns={[
        { field: 'name', label: t('products.fields.name') },
        { field: 'unit', label: t('products.fields.unit') },
        { field: 'unitPrice', label: t('products.fields.unitPrice') },
        { field: 'tvaCategory', label: t('products.fields.tvaCategory') },
      ]}
      renderImportValue={(field, value) => {
        if (field === 'unitPrice' && typeof value === 'number') return amount(value);
        if (field === 'tvaCategory') return t(`editor.tva.${value as TvaCategory}`);
        if (field === 'priceMode') return t(`editor.priceModes.${value as PriceMode}`);
        return String(value ?? '');
      }}
    />
  );
}
