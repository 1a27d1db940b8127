import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listBankAccounts } from '../../api/bank-accounts';
import type { BankAccount } from '../../api/bank-accounts';
import { getInvoice } from '../../api/invoices';
import type { Invoice } from '../../api/invoices';
import { getOrganisation } from '../../api/organisation';
import type { Organisation } from '../../api/organisation';
import { useQuery } from '../../api/use-query';
import '../../styles/editor.css';
import { FormAlert } from '../../components/form-alert';
import { basisPointsToPercent } from '../../i18n/percent';
import { PageHeader } from '../../components/page-header';
import { emptyDraft, fromDocumentLine } from '../documents/editor-state';
import type { DocumentDraft } from '../documents/editor-state';
import { DocumentEditor } from '../documents/document-editor';
import { invoiceAdapter } from '../documents/editor-adapter';
import { InvoiceView } from './invoice-view';

function draftOf(invoice: Invoice, organisation: Organisation): DocumentDraft {
  const base = emptyDraft({ currency: organisation.currency, vatRegistered: organisation.vatRegistered });
  return {
    ...base,
    clientId: invoice.clientId,
    clientName: invoice.clientName,
    priceMode: invoice.priceMode,
    currency: invoice.currency,
    supplyDate: invoice.supplyDate ?? '',
    supplyPeriodEnd: invoice.supplyPeriodEnd ?? '',
    dueDate: invoice.dueDate ?? '',
    title: invoice.title ?? '',
    introText: invoice.introText ?? '',
    footerText: invoice.footerText ?? '',
    discount: invoice.discountBp ? basisPointsToPercent(invoice.discountBp) : '',
    bankAccountId: invoice.bankAccountId ?? '',
    referenceType: invoice.referenceType,
    lines: invoice.lines.length > 0 ? invoice.lines.map(fromDocumentLine) : base.lines,
  };
}

/** `/invoices/new` and `/invoices/:id`: the editor for a draft, the record for an issued invoice. */
export function InvoicePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const invoice = useQuery<Invoice>(id ? `invoice:${id}` : null, (api, signal) => getInvoice(api, id ?? '', signal));
  const organisation = useQuery<Organisation>('organisation', (api, signal) => getOrganisation(api, signal));
  const accounts = useQuery<BankAccount[]>('bank-accounts', (api, signal) => listBankAccounts(api, signal));
  const error = invoice.error ?? organisation.error ?? accounts.error;
  const initial = useMemo(() => {
    if (!organisation.data) return null;
    if (!id) return emptyDraft({ currency: organisation.data.currency, vatRegistered: organisation.data.vatRegistered });
    return invoice.data ? draftOf(invoice.data, organisation.data) : null;
  }, [id, invoice.data, organisation.data]);

  if (error || !organisation.data || !accounts.data || !initial || (id && !invoice.data)) {
    return (
      <>
        <PageHeader title={id ? t('invoices.invoice') : t('editor.invoice.newTitle')} />
        {error ? <FormAlert error={error} /> : <p role="status">{t('common.loading')}</p>}
      </>
    );
  }
  if (invoice.data && invoice.data.status !== 'draft') {
    return <InvoiceView invoice={invoice.data} onChange={invoice.setData} reload={invoice.reload} />;
  }
  return (
    <DocumentEditor
      key={invoice.data?.id ?? 'new'}
      adapter={invoiceAdapter}
      document={invoice.data ?? null}
      initial={initial}
      organisation={organisation.data}
      bankAccounts={accounts.data}
      onFinalized={(issued) => invoice.setData(issued as Invoice)}
    />
  );
}
