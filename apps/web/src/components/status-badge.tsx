import { useTranslation } from 'react-i18next';
import type { InvoiceKind, InvoiceStatus } from '../api/invoices';

export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'declined' | 'converted';

/**
 * An invoice's status; "overdue" (derived by the API) is shown instead of issued/partially paid.
 * An issued credit note is nothing to collect: it reads "issued", not "open".
 */
export function InvoiceStatusBadge({ status, overdue, kind }: { status: InvoiceStatus; overdue: boolean; kind: InvoiceKind }) {
  const { t } = useTranslation();
  if (kind === 'credit_note' && status === 'issued') return <span className="badge badge--muted">{t('invoices.status.creditNote')}</span>;
  const shown = overdue && (status === 'issued' || status === 'partially_paid') ? 'overdue' : status;
  return <span className={`badge badge--${shown}`}>{t(`invoices.status.${shown}`)}</span>;
}

const QUOTE_TONE: Record<QuoteStatus, string> = { draft: 'draft', sent: 'issued', accepted: 'paid', declined: 'cancelled', converted: 'muted' };

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${QUOTE_TONE[status]}`}>{t(`quotes.status.${status}`)}</span>;
}
