import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { canWrite } from '../../api/auth';
import { listBankAccounts } from '../../api/bank-accounts';
import type { BankAccount } from '../../api/bank-accounts';
import { getOrganisation } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { acceptQuote, convertQuote, declineQuote, getQuote, quotePdfPath } from '../../api/quotes';
import type { Quote } from '../../api/quotes';
import { useQuery } from '../../api/use-query';
import '../../styles/editor.css';
import { FormAlert } from '../../components/form-alert';
import { Icon } from '../../components/icon';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { QuoteStatusBadge } from '../../components/status-badge';
import { Fact } from '../../components/fact';
import { basisPointsToPercent } from '../../i18n/percent';
import { useFormatters } from '../../i18n/use-formatters';
import { useSession } from '../../session/session-context';
import { DocumentEditor } from '../documents/document-editor';
import { quoteAdapter } from '../documents/editor-adapter';
import { emptyDraft, fromDocumentLine } from '../documents/editor-state';
import type { DocumentDraft } from '../documents/editor-state';
import { PdfPreview } from '../documents/pdf-preview';

function draftOf(quote: Quote, organisation: Organisation): DocumentDraft {
  const base = emptyDraft({ currency: organisation.currency, vatRegistered: organisation.vatRegistered });
  return {
    ...base,
    clientId: quote.clientId,
    clientName: quote.clientName,
    priceMode: quote.priceMode,
    currency: quote.currency,
    supplyDate: quote.supplyDate ?? '',
    validUntil: quote.validUntil ?? '',
    title: quote.title ?? '',
    introText: quote.introText ?? '',
    footerText: quote.footerText ?? '',
    discount: quote.discountBp ? basisPointsToPercent(quote.discountBp) : '',
    lines: quote.lines.length > 0 ? quote.lines.map(fromDocumentLine) : base.lines,
  };
}

/** `/quotes/new` and `/quotes/:id`: the editor for a draft; a sent quote with accept, decline and convert. */
export function QuotePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const quote = useQuery<Quote>(id ? `quote:${id}` : null, (api, signal) => getQuote(api, id ?? '', signal));
  const organisation = useQuery<Organisation>('organisation', (api, signal) => getOrganisation(api, signal));
  const accounts = useQuery<BankAccount[]>('bank-accounts', (api, signal) => listBankAccounts(api, signal));
  const error = quote.error ?? organisation.error ?? accounts.error;
  const initial = useMemo(() => {
    if (!organisation.data) return null;
    if (!id) return emptyDraft({ currency: organisation.data.currency, vatRegistered: organisation.data.vatRegistered });
    return quote.data ? draftOf(quote.data, organisation.data) : null;
  }, [id, quote.data, organisation.data]);

  if (error || !organisation.data || !accounts.data || !initial || (id && !quote.data)) {
    return (
      <>
        <PageHeader title={id ? t('quotes.quote') : t('editor.quote.newTitle')} />
        {error ? <FormAlert error={error} /> : <p role="status">{t('common.loading')}</p>}
      </>
    );
  }
  if (quote.data && quote.data.status !== 'draft') return <QuoteView quote={quote.data} onChange={quote.setData} />;
  return (
    <DocumentEditor
      key={quote.data?.id ?? 'new'}
      adapter={quoteAdapter}
      document={quote.data ?? null}
      initial={initial}
      organisation={organisation.data}
      bankAccounts={accounts.data}
      onFinalized={(sent) => quote.setData(sent as Quote)}
    />
  );
}

function QuoteView({ quote, onChange }: { quote: Quote; onChange: (quote: Quote) => void }) {
  const { t } = useTranslation();
  const api = useApiClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useSession();
  const { money, date } = useFormatters();
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const writer = canWrite(me.role);
  const justSent = (location.state as { justIssued?: boolean } | null)?.justIssued;
  const title = t('quotes.titleOf', { number: quote.number ?? '' });

  async function act(action: () => Promise<void>) {
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <PageHeader title={title} subtitle={quote.clientName} actions={<QuoteStatusBadge status={quote.status} />} />
      {justSent ? <Notice tone="success">{t('quotes.justSent', { number: quote.number ?? '' })}</Notice> : null}
      <FormAlert error={error} />
      <div className="record-actions" role="group" aria-label={t('common.actions')}>
        <a className="button button--secondary" href={quotePdfPath(quote.id)} download={`${quote.number ?? 'quote'}.pdf`}>
          <Icon name="download" /> {t('invoice.downloadPdf')}
        </a>
        {writer && (quote.status === 'sent' || quote.status === 'accepted') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={pending}
            onClick={() =>
              void act(async () => {
                const invoice = await convertQuote(api, quote.id);
                await navigate(`/invoices/${invoice.id}`);
              })
            }
          >
            {t('quotes.convert')}
          </button>
        ) : null}
        {writer && quote.status === 'sent' ? (
          <>
            <button type="button" className="button button--secondary" disabled={pending} onClick={() => void act(async () => onChange(await acceptQuote(api, quote.id)))}>
              {t('quotes.accept')}
            </button>
            <button type="button" className="button button--ghost" disabled={pending} onClick={() => void act(async () => onChange(await declineQuote(api, quote.id)))}>
              {t('quotes.decline')}
            </button>
          </>
        ) : null}
        {quote.convertedInvoiceId ? (
          <Link to={`/invoices/${quote.convertedInvoiceId}`} className="button button--secondary">
            {t('quotes.toInvoice')}
          </Link>
        ) : null}
      </div>
      <div className="editor">
        <div className="editor__form">
          <section className="card" aria-labelledby="quote-summary">
            <h2 id="quote-summary" className="card__title">
              {t('invoice.summary')}
            </h2>
            <dl className="facts">
              <Fact label={t('invoices.columns.client')}>
                <Link to={`/clients/${quote.clientId}`}>{quote.clientName}</Link>
              </Fact>
              <Fact label={t('invoices.columns.date')}>{quote.issueDate ? date(quote.issueDate) : t('common.none')}</Fact>
              <Fact label={t('quotes.validUntil')}>{quote.validUntil ? date(quote.validUntil) : t('common.none')}</Fact>
              <Fact label={t('quotes.total')}>{money(quote.totalPayable, quote.currency)}</Fact>
            </dl>
          </section>
        </div>
        <aside className="editor__preview preview" aria-label={t('editor.preview.label')}>
          <PdfPreview path={quotePdfPath(quote.id)} version={quote.updatedAt} title={title} />
        </aside>
      </div>
      <Link to="/quotes" className="back-link">
        {t('editor.quote.backToList')}
      </Link>
    </>
  );
}
