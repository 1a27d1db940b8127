import { formatPlainAmount, parseAmount, SwissRuleError } from '@simplifaq/swiss';
import type { Currency } from '@simplifaq/swiss';
import type { CsvColumnSpec } from '../../lib/csv-columns';
import { fromSynonyms } from '../../lib/csv-columns';
import type { CsvCell } from '../../lib/csv-cells';
import { CsvRowInvalid, issuesOf } from '../../lib/csv-import';
import type { CsvIssue } from '../../lib/csv-import';
import type { TProduct, TProductInput } from './product-schemas';
import { ZProductInput } from './product-schemas';

export type ProductCsvField = 'name' | 'description' | 'unit' | 'unitPrice' | 'priceMode' | 'tvaCategory';

/** Header names accepted for each field (compared without case, accents, spaces or punctuation). docs/api-clients-products.md lists them. */
export const PRODUCT_CSV_COLUMNS: CsvColumnSpec<ProductCsvField> = {
  name: { required: true, synonyms: ['nom', 'désignation', 'libellé', 'produit', 'article', 'prestation', 'Bezeichnung', 'Produkt', 'Artikel', 'Leistung', 'nome', 'prodotto', 'articolo', 'product', 'item'] },
  description: { synonyms: ['Beschreibung', 'descrizione', 'details', 'détail'] },
  unit: { synonyms: ['unité', 'Einheit', 'unità', 'UoM'] },
  unitPrice: {
    required: true,
    synonyms: ['price', 'prix', 'prix unitaire', 'tarif', 'Preis', 'Einzelpreis', 'Stückpreis', 'Stueckpreis', 'prezzo', 'prezzo unitario', 'amount', 'montant', 'Betrag'],
  },
  priceMode: { synonyms: ['mode', 'mode de prix', 'HT/TTC', 'Preismodus', 'netto/brutto', 'modo prezzo'] },
  tvaCategory: {
    synonyms: ['catégorie TVA', 'catégorie', 'TVA', 'VAT', 'VAT category', 'category', 'MWST', 'MWST-Kategorie', 'Kategorie', 'IVA', 'categoria IVA', 'categoria'],
  },
};

const PRICE_MODE_WORDS = {
  net: ['ht', 'hors taxe', 'hors taxes', 'netto', 'exkl', 'exklusive', 'exkl. MWST', 'excl', 'exclusive', 'IVA esclusa'],
  gross: ['ttc', 'toutes taxes comprises', 'brut', 'brutto', 'inkl', 'inklusive', 'inkl. MWST', 'incl', 'inclusive', 'IVA inclusa', 'lordo'],
} as const;

// MWSTG art. 21 "ausgenommen / exclues / escluse" (no input tax deduction) is `exempt`; art. 23
// "befreit / exonérées / esenti" (exports, with input tax deduction) is `zero_rated`.
const TVA_CATEGORY_WORDS = {
  normal: ['normale', 'standard', 'taux normal', 'normalsatz', 'aliquota normale'],
  reduced: ['reduit', 'taux reduit', 'reduziert', 'reduzierter satz', 'ridotta', 'aliquota ridotta', 'reduite'],
  accommodation: ['hebergement', 'taux special', 'beherbergung', 'sondersatz', 'alloggio', 'aliquota speciale', 'lodging'],
  exempt: ['exclu', 'exclue', 'exclus', 'ausgenommen', 'escluso', 'esclusa', 'excluded'],
  zero_rated: ['zero', 'zero rated', 'exonere', 'exoneree', 'export', 'exportation', 'befreit', 'esente', 'esportazione'],
} as const;

/**
 * Cells to the product input the JSON route takes. The price is decimal text in francs (or euros)
 * as Swiss spreadsheets write it — `1'234.50`, `1 234,50`, `12.-`, `CHF 80` — parsed exactly into
 * minor units; a currency written in the cell must be the organisation's.
 */
export function productFromCsv(values: Partial<Record<ProductCsvField, string>>, currency: Currency): TProductInput {
  const issues: CsvIssue[] = [];
  let unitPrice: number | undefined;
  if (values.unitPrice !== undefined) {
    try {
      const minor = parseAmount(values.unitPrice, { field: 'unitPrice', currency });
      if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new SwissRuleError('AMOUNT_OUT_OF_RANGE', 'unitPrice', { input: values.unitPrice });
      unitPrice = Number(minor);
    } catch (err) {
      issues.push(...issuesOf(err));
    }
  }
  const parsed = ZProductInput.safeParse({
    name: values.name,
    description: values.description,
    unit: values.unit,
    // A price already refused above is not reported a second time as "required".
    unitPrice: issues.length ? 0 : unitPrice,
    priceMode: fromSynonyms(values.priceMode, PRICE_MODE_WORDS),
    tvaCategory: fromSynonyms(values.tvaCategory, TVA_CATEGORY_WORDS),
  });
  if (!parsed.success) issues.push(...issuesOf(parsed.error));
  if (issues.length || !parsed.success) throw new CsvRowInvalid(issues);
  return parsed.data;
}

export const PRODUCT_CSV_HEADER: readonly ProductCsvField[] = ['name', 'description', 'unit', 'unitPrice', 'priceMode', 'tvaCategory'];

/** One export row, in {@link PRODUCT_CSV_HEADER} order; the price as plain decimal text (`1234.50`), which Swiss Excel reads as a number. */
export function productToCsv(p: Pick<TProduct, ProductCsvField>): CsvCell[] {
  return [p.name, p.description, p.unit, formatPlainAmount(BigInt(p.unitPrice)), p.priceMode, p.tvaCategory];
}
