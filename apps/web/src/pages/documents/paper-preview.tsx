import { useTranslation } from 'react-i18next';
import type { InvoiceCalculation } from '@simplifaq/swiss/tva';
import type { BankAccount } from '../../api/bank-accounts';
import { addressLine } from '../../api/clients';
import type { Client } from '../../api/clients';
import type { Organisation } from '../../api/organisation';
import { useFormatters } from '../../i18n/use-formatters';
import type { DocumentDraft } from './editor-state';
import { isBlankLine } from './editor-state';
import { TotalsList } from './totals-panel';

export interface PaperPreviewProps {
  kind: 'invoice' | 'quote';
  organisation: Organisation;
  client: Client | null;
  account: BankAccount | undefined;
  draft: DocumentDraft;
  calculation: InvoiceCalculation | null;
  discountBp: number;
  lineAmounts: Map<number, bigint>;
  documentDate: string;
}

/**
 * A sheet laid out like the PDF, redrawn at every keystroke: the user sees the document take
 * shape while typing; the exact PDF (the other tab) is the API's, after each save.
 */
export function PaperPreview({ kind, organisation, client, account, draft, calculation, discountBp, lineAmounts, documentDate }: PaperPreviewProps) {
  const { t } = useTranslation();
  const { amount, date } = useFormatters();
  const lines = draft.lines.map((line, index) => ({ line, index })).filter(({ line }) => !isBlankLine(line));
  const discounted = lines.some(({ line }) => line.discount.trim() !== '');
  return (
    <article className="paper" aria-label={t('editor.preview.paperLabel')}>
      <header className="paper__head">
        <div>
          <p className="paper__strong">{organisation.name}</p>
          <p>{addressLine({ street: organisation.street, buildingNumber: organisation.buildingNumber, postalCode: organisation.postalCode ?? '', town: organisation.town ?? '', country: organisation.country })}</p>
          {organisation.vatNumber ? <p>{organisation.vatNumber}</p> : null}
        </div>
        <div className="paper__debtor">
          {client ? (
            <>
              <p className="paper__strong">{client.name}</p>
              {client.contactName ? <p>{client.contactName}</p> : null}
              <p>{[client.street, client.buildingNumber].filter(Boolean).join(' ')}</p>
              <p>{`${client.postalCode} ${client.town}`}</p>
            </>
          ) : (
            <p className="paper__muted">{t('editor.preview.noClient')}</p>
          )}
        </div>
      </header>
      <h3 className="paper__title">{draft.title || (kind === 'invoice' ? t('editor.preview.invoiceTitle') : t('editor.preview.quoteTitle'))}</h3>
      <p className="paper__muted">{t('editor.preview.dated', { date: date(documentDate) })}</p>
      {draft.introText ? <p className="paper__text">{draft.introText}</p> : null}
      <table className="paper__lines">
        <thead>
          <tr>
            <th scope="col">{t('editor.line.description')}</th>
            <th scope="col" className="num">
              {t('editor.line.quantity')}
            </th>
            <th scope="col" className="num">
              {t('editor.line.unitPrice', { currency: draft.currency })}
            </th>
            {discounted ? (
              <th scope="col" className="num">
                {t('editor.line.discount')}
              </th>
            ) : null}
            <th scope="col" className="num">
              {t('editor.line.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ line, index }) => (
            <tr key={line.key}>
              <td>{line.description}</td>
              <td className="num">{`${line.quantity} ${line.unit}`.trim()}</td>
              <td className="num">{line.unitPrice}</td>
              {discounted ? <td className="num">{line.discount}</td> : null}
              <td className="num">{lineAmounts.has(index) ? amount(lineAmounts.get(index) ?? 0n, draft.currency) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {calculation ? (
        <TotalsList totals={calculation} currency={draft.currency} priceMode={draft.priceMode} vatRegistered={organisation.vatRegistered} discountBp={discountBp} totalLabel={kind === 'quote' ? t('quotes.total') : undefined} className="paper__totals" />
      ) : null}
      {draft.footerText ? <p className="paper__text">{draft.footerText}</p> : null}
      {kind === 'invoice' ? (
        <footer className="paper__qr">
          <p className="paper__strong">{t('editor.preview.paymentPart')}</p>
          <p>{account ? `${account.ibanFormatted || account.iban} · ${account.isQrIban ? t('editor.preview.qrReference') : t('editor.preview.scorReference')}` : t('editor.preview.noAccount')}</p>
        </footer>
      ) : null}
    </article>
  );
}
