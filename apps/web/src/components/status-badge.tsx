import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../api/invoices';

export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'declined' | 'converted';

/** An invoice's status; "overdue" (derived by the API) is shown instead of issued/partially paid. */
export function InvoiceStatusBadge({ status, overdue }: { status: InvoiceStatus; overdue: boolean }) {
  const { t } = useTranslation();
  const shown = overdue && (status === 'issued' || status === 'partially_paid') ? 'overdue' : status;
  return <span className={`badge badge--${shown}`}>{t(`invoices.status.${shown}`)}</span>;
}

const QUOTE_TONE: Record<QuoteStatus, string> = { draft: 'draft', sent: 'issued', accepted: 'paid', declined: 'cancelled', converted: 'muted' };

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${QUOTE_TONE[status]}`}>{t(`quotes.status.${status}`)}</span>;
}
