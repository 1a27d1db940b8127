import type { IsoDate, PriceMode, TvaRateRow } from '@simplifaq/swiss';
import { formatQuantity, parseQuantity, priceInMode } from '@simplifaq/swiss';
import type { DbClient } from '../shared/db-client';
import { InvoicingError } from '../shared/invoicing-error';
import { toIsoDateOrNull } from '../shared/calendar';
import type { DocumentLine, LineInput, StoredLineRow } from './document-line';

export interface LineContext {
  readonly priceMode: PriceMode;
  readonly vatRegistered: boolean;
  readonly rates: readonly TvaRateRow[];
  /** The date a line without its own supply date is priced at (document supply date or today). */
  readonly supplyDate: IsoDate;
}

type ProductRow = { id: string; name: string; unit: string; unitPrice: bigint; priceMode: PriceMode; tvaCategory: DocumentLine['tvaCategory'] };

/**
 * Turns entered lines into stored lines: product defaults filled in (one query for all products,
 * scoped to the organisation), quantities checked and made canonical. Errors name `lines[i].field`.
 */
export async function resolveLines(db: DbClient, organisationId: string, inputs: readonly LineInput[], ctx: LineContext): Promise<DocumentLine[]> {
  const ids = [...new Set(inputs.map((l) => l.productId).filter((id): id is string => Boolean(id)))];
  const products = new Map<string, ProductRow>();
  if (ids.length > 0) {
    const rows = await db.product.findMany({
      where: { organisationId, id: { in: ids } },
      select: { id: true, name: true, unit: true, unitPrice: true, priceMode: true, tvaCategory: true },
    });
    for (const p of rows) products.set(p.id, p);
  }
  return inputs.map((line, i) => {
    const at = `lines[${i}]`;
    const quantity = formatQuantity(parseQuantity(line.quantity, `${at}.quantity`));
    const supplyDate = line.supplyDate ?? null;
    const product = line.productId ? products.get(line.productId) : undefined;
    if (line.productId && !product) throw new InvoicingError('PRODUCT_NOT_FOUND', `${at}.productId`);
    const description = line.description?.trim() || product?.name;
    if (!description) throw new InvoicingError('LINE_INCOMPLETE', `${at}.description`);
    const tvaCategory = line.tvaCategory ?? product?.tvaCategory ?? 'normal';
    let unitPrice = line.unitPrice ?? null;
    if (unitPrice === null && product) {
      // Products keep a net or a gross price: a default in the document's price mode, at the rate
      // of the line's supply date (MWSTG art. 25), which the user can overwrite.
      unitPrice = priceInMode(
        { unitPrice: product.unitPrice, priceMode: product.priceMode, category: tvaCategory },
        { ...ctx, supplyDate: supplyDate ?? ctx.supplyDate, field: `${at}.supplyDate` },
      );
    }
    if (unitPrice === null) throw new InvoicingError('LINE_INCOMPLETE', `${at}.unitPrice`);
    return {
      productId: product?.id ?? null,
      description,
      quantity,
      unit: line.unit === undefined ? (product?.unit ?? null) : line.unit,
      unitPrice,
      discountBp: line.discountBp ?? 0,
      tvaCategory,
      supplyDate,
    };
  });
}

/** A stored line back in the form the calculation and copies (duplicate, convert, credit) take. */
export function fromStoredLine(row: StoredLineRow): DocumentLine {
  return {
    productId: row.productId,
    description: row.description,
    quantity: formatQuantity(parseQuantity(row.quantity.toString())),
    unit: row.unit,
    unitPrice: row.unitPrice,
    discountBp: row.discountBp,
    tvaCategory: row.tvaCategory,
    supplyDate: toIsoDateOrNull(row.supplyDate),
  };
}
