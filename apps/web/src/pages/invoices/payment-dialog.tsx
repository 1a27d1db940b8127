import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { recordPayment } from '../../api/invoices';
import type { Invoice, PaymentResult } from '../../api/invoices';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { useFormatters } from '../../i18n/use-formatters';
import { minorToText, swissToday } from '../documents/editor-state';
import { parseAmountInput } from './amount-input';

interface PaymentDialogProps {
  invoice: Invoice;
  open: boolean;
  onClose: () => void;
  onRecorded: (result: PaymentResult) => void;
}

/** A payment received by hand: the amount due is proposed, today is the default date. */
export function PaymentDialog({ invoice, open, onClose, onRecorded }: PaymentDialogProps) {
  const { t } = useTranslation();
  const { money } = useFormatters();
  const api = useApiClient();
  const [amount, setAmount] = useState(minorToText(Math.max(invoice.amountDue, 0)));
  const [paidOn, setPaidOn] = useState(swissToday());
  const [note, setNote] = useState('');
  // An amount above the balance is recorded only after a second click on the warning.
  const [overpaymentSeen, setOverpaymentSeen] = useState<bigint | null>(null);
  const due = BigInt(Math.max(invoice.amountDue, 0));
  const submit = useSubmit(async () => {
    const minor = parseAmountInput(amount, invoice.currency);
    if (minor <= 0n) throw new ApiError({ status: 400, code: 'PAYMENT_AMOUNT_INVALID', message: 'PAYMENT_AMOUNT_INVALID', field: 'amount' });
    if (minor > due && overpaymentSeen !== minor) {
      setOverpaymentSeen(minor);
      return;
    }
    const result = await recordPayment(api, invoice.id, { amount: Number(minor), paidOn, note: note.trim() || null });
    onRecorded(result);
  }, ['amount', 'paidOn', 'note']);

  return (
    <ConfirmDialog open={open} title={t('invoice.payment.title')} confirmLabel={t('invoice.payment.submit')} pending={submit.pending} onConfirm={() => void submit.run()} onCancel={onClose}>
      <FormAlert error={submit.formError} />
      {overpaymentSeen !== null ? (
        <Notice tone="warning">{t('invoice.payment.overpaid', { excess: money(Number(overpaymentSeen - due), invoice.currency), due: money(Number(due), invoice.currency) })}</Notice>
      ) : null}
      <TextField
        label={t('invoice.payment.amount', { currency: invoice.currency })}
        inputMode="decimal"
        value={amount}
        onChange={(event) => {
          setAmount(event.target.value);
          setOverpaymentSeen(null);
        }}
        error={submit.fieldError('amount')}
      />
      <TextField label={t('invoice.payment.paidOn')} type="date" max={swissToday()} value={paidOn} onChange={(event) => setPaidOn(event.target.value)} error={submit.fieldError('paidOn')} />
      <TextField label={t('invoice.payment.note')} value={note} onChange={(event) => setNote(event.target.value)} error={submit.fieldError('note')} />
    </ConfirmDialog>
  );
}
