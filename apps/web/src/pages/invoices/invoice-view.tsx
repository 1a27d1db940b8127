import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatReference } from '@simplifaq/swiss/reference';
import { useApiClient } from '../../api/api-context';
import { canWrite } from '../../api/auth';
import { duplicateInvoice, invoicePdfPath, listPayments } from '../../api/invoices';
import type { Invoice, Payment } from '../../api/invoices';
import { useQuery } from '../../api/use-query';
import type { Page } from '../../api/pagination';
import type { Reminder } from '../../api/reminders';
import { FormAlert } from '../../components/form-alert';
import { Fact } from '../../components/fact';
import { Icon } from '../../components/icon';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { InvoiceStatusBadge } from '../../components/status-badge';
import { useSubmit } from '../../components/use-submit';
import { formatBasisPoints } from '../../i18n/percent';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';
import { PdfPreview } from '../documents/pdf-preview';
import { TotalsList } from '../documents/totals-panel';
import { CreditNoteDialog } from './credit-note-dialog';
import { RemindersCard, reminderLevelKey, useInvoiceReminders } from './invoice-reminders';
import { PaymentDialog } from './payment-dialog';
import { ReminderDialog } from './reminder-dialog';

interface InvoiceViewProps {
  invoice: Invoice;
  onChange: (invoice: Invoice) => void;
  reload: () => void;
}

/** An issued invoice or credit note: a record, with its PDF, payments and what can follow. */
export function InvoiceView({ invoice, reload }: InvoiceViewProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useSession();
  const { money, date, amount, locale } = useFormatters();
  const [dialog, setDialog] = useState<'payment' | 'credit' | 'reminder' | null>(null);
  const [issuedReminder, setIssuedReminder] = useState<Reminder | null>(null);
  const payments = useQuery<Page<Payment>>(`payments:${invoice.id}:${invoice.amountPaid}`, (c, signal) => listPayments(c, invoice.id, signal));
  const reminders = useInvoiceReminders(invoice);
  const writer = canWrite(me.role);
  const isCredit = invoice.kind === 'credit_note';
  // A credit note's PDF has no QR-bill ("Ne pas payer"): its banner says so.
  const justIssued = t(isCredit ? 'invoice.creditNoteJustIssued' : 'invoice.justIssued', { number: invoice.number ?? '' });
  const [notice, setNotice] = useState<string | null>((location.state as { justIssued?: boolean } | null)?.justIssued ? justIssued : null);
  const open = invoice.status === 'issued' || invoice.status === 'partially_paid';
  const discounted = invoice.lines.some((line) => line.discountBp !== 0);
  const title = isCredit ? t('invoice.creditNoteTitle', { number: invoice.number ?? '' }) : t('invoice.title', { number: invoice.number ?? '' });

  // One copy per click: the button is off while the copy is made, as issuing and payments are.
  const duplicate = useSubmit(async () => {
    const copy = await duplicateInvoice(api, invoice.id);
    await navigate(`/invoices/${copy.id}`);
  });

  return (
    <>
      <PageHeader title={title} subtitle={invoice.clientName} actions={<InvoiceStatusBadge status={invoice.status} overdue={invoice.overdue} kind={invoice.kind} />} />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {issuedReminder ? (
        <Notice tone="success">
          {t('invoice.reminderIssued', {
            level: t(reminderLevelKey(issuedReminder.level)),
            amount: money(issuedReminder.amountDue, issuedReminder.currency),
            date: date(issuedReminder.dueDate),
          })}{' '}
          <a href={issuedReminder.pdfUrl} download>
            <Icon name="download" /> {t('invoice.reminderPdf')}
          </a>
        </Notice>
      ) : null}
      <FormAlert error={duplicate.formError} />
      <div className="record-actions" role="group" aria-label={t('common.actions')}>
        <a className="button button--primary" href={invoicePdfPath(invoice.id)} download={`${invoice.number ?? 'invoice'}.pdf`}>
          <Icon name="download" /> {t('invoice.downloadPdf')}
        </a>
        {writer && open && !isCredit ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog('payment')}>
            <Icon name="money" /> {t('invoice.recordPayment')}
          </button>
        ) : null}
        {writer && reminders.canRemind ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog('reminder')}>
            <Icon name="send" /> {t('invoice.remind')}
          </button>
        ) : null}
        {writer && !isCredit && invoice.status !== 'cancelled' ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog('credit')}>
            {t('invoice.creditNote')}
          </button>
        ) : null}
        {writer && !isCredit ? (
          <button type="button" className="button button--secondary" disabled={duplicate.pending} aria-busy={duplicate.pending} onClick={() => void duplicate.run()}>
            <Icon name="copy" /> {t('invoice.duplicate')}
          </button>
        ) : null}
      </div>
      <div className="editor">
        <div className="editor__form">
          <section className="card" aria-labelledby="invoice-summary">
            <h2 id="invoice-summary" className="card__title">
              {t('invoice.summary')}
            </h2>
            <dl className="facts">
              <Fact label={t('invoices.columns.client')}>
                <Link to={`/clients/${invoice.clientId}`}>{invoice.clientName}</Link>
              </Fact>
              <Fact label={t('invoices.columns.date')}>{invoice.issueDate ? date(invoice.issueDate) : t('common.none')}</Fact>
              {!isCredit ? <Fact label={t('invoices.columns.due')}>{invoice.dueDate ? date(invoice.dueDate) : t('common.none')}</Fact> : null}
              {invoice.reference ? (
                <Fact label={t('invoice.reference')} className="mono">
                  {formatReference(invoice.referenceType, invoice.reference)}
                </Fact>
              ) : null}
              {invoice.creditedInvoiceId ? (
                <Fact label={t('invoice.credits')}>
                  <Link to={`/invoices/${invoice.creditedInvoiceId}`}>{t('invoice.creditedInvoice')}</Link>
                </Fact>
              ) : null}
              <Fact label={isCredit ? t('invoice.totalCredited') : t('editor.totals.payable')}>{money(invoice.totalPayable, invoice.currency)}</Fact>
              {!isCredit ? (
                <>
                  <Fact label={t('invoice.paid')} testId="amount-paid">
                    {money(invoice.amountPaid, invoice.currency)}
                  </Fact>
                  {invoice.amountCredited !== 0 ? <Fact label={t('invoice.credited')}>{money(invoice.amountCredited, invoice.currency)}</Fact> : null}
                  {invoice.reminderFees > 0 ? <Fact label={t('invoice.reminderFees')}>{money(invoice.reminderFees, invoice.currency)}</Fact> : null}
                  <Fact label={t('invoice.due')} testId="amount-due">
                    {money(invoice.amountDue, invoice.currency)}
                  </Fact>
                </>
              ) : null}
            </dl>
          </section>
          <section className="card" aria-labelledby="invoice-lines">
            <h2 id="invoice-lines" className="card__title">
              {t('editor.lines')}
            </h2>
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('editor.line.description')}</th>
                    <th scope="col" className="num">
                      {t('editor.line.quantity')}
                    </th>
                    <th scope="col" className="num">
                      {t('editor.line.unitPrice', { currency: invoice.currency })}
                    </th>
                    {discounted ? (
                      <th scope="col" className="num">
                        {t('editor.line.discount')}
                      </th>
                    ) : null}
                    <th scope="col" className="num">
                      {t('editor.line.tva')}
                    </th>
                    <th scope="col" className="num">
                      {t('editor.line.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invoice.lines.map((line) => (
                    <tr key={line.id}>
                      <td data-label={t('editor.line.description')}>{line.description}</td>
                      <td className="num" data-label={t('editor.line.quantity')}>{`${line.quantity} ${line.unit ?? ''}`.trim()}</td>
                      <td className="num" data-label={t('editor.line.unitPrice', { currency: invoice.currency })}>
                        {amount(line.unitPrice, invoice.currency)}
                      </td>
                      {discounted ? (
                        <td className="num" data-label={t('editor.line.discount')}>
                          {line.discountBp ? formatBasisPoints(line.discountBp, locale) : ''}
                        </td>
                      ) : null}
                      <td className="num" data-label={t('editor.line.tva')}>
                        {line.tvaRateBp === null ? t('common.none') : formatBasisPoints(line.tvaRateBp, locale)}
                      </td>
                      <td className="num" data-label={t('editor.line.amount')}>
                        {amount(line.amount, invoice.currency)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <TotalsList
              totals={{ ...invoice, rows: invoice.tvaSummary }}
              currency={invoice.currency}
              priceMode={invoice.priceMode}
              // The calculation gives TVA rows (exempt ones too) exactly when the business was registered.
              vatRegistered={invoice.tvaSummary.length > 0}
              discountBp={invoice.discountBp}
              totalLabel={isCredit ? t('invoice.totalCredited') : undefined}
              className="totals__list totals__list--record"
            />
          </section>
          {!isCredit ? (
            <section className="card" aria-labelledby="invoice-payments">
              <h2 id="invoice-payments" className="card__title">
                {t('invoice.payments')}
              </h2>
              {payments.data && payments.data.items.length > 0 ? (
                <ul className="plain-list">
                  {payments.data.items.map((payment) => (
                    <li key={payment.id}>
                      {t('invoice.paymentLine', { date: date(payment.paidOn), amount: money(payment.amount, payment.currency) })}
                      {payment.note ? <span className="data-table__sub">{payment.note}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="card__text">{t('invoice.noPayments')}</p>
              )}
            </section>
          ) : null}
          {reminders.items.length > 0 || reminders.canRemind ? <RemindersCard reminders={reminders.items} waitUntil={reminders.waitUntil} /> : null}
        </div>
        <aside className="editor__preview preview" aria-label={t('editor.preview.label')}>
          <PdfPreview path={invoicePdfPath(invoice.id)} version={invoice.pdfSha256} title={title} />
        </aside>
      </div>
      <PaymentDialog
        key={invoice.amountDue}
        invoice={invoice}
        open={dialog === 'payment'}
        onClose={() => setDialog(null)}
        onRecorded={(result) => {
          setDialog(null);
          setNotice(result.overpaid ? t('invoice.overpaid', { amount: money(result.overpaidBy, invoice.currency) }) : t('invoice.paymentRecorded'));
          reload();
        }}
      />
      <ReminderDialog
        key={reminders.nextLevel}
        invoice={invoice}
        level={reminders.nextLevel}
        open={dialog === 'reminder'}
        onClose={() => setDialog(null)}
        onIssued={(reminder) => {
          setDialog(null);
          setNotice(null);
          setIssuedReminder(reminder);
          reminders.reload();
          reload();
        }}
      />
      <CreditNoteDialog
        invoice={invoice}
        open={dialog === 'credit'}
        onClose={() => setDialog(null)}
        onIssued={(note) => {
          setDialog(null);
          void navigate(`/invoices/${note.id}`, { state: { justIssued: true } });
        }}
      />
      <Link to="/invoices" className="back-link">
        {t('editor.invoice.backToList')}
      </Link>
    </>
  );
}
