import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { creditNote } from '../../api/invoices';
import type { Invoice } from '../../api/invoices';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { useFormatters } from '../../i18n/use-formatters';
import { parseAmountInput } from './amount-input';

interface CreditNoteDialogProps {
  invoice: Invoice;
  open: boolean;
  onClose: () => void;
  onIssued: (creditNote: Invoice) => void;
}

/** A credit note against an issued invoice: all of it (cancels what is open) or a gross amount. */
export function CreditNoteDialog({ invoice, open, onClose, onIssued }: CreditNoteDialogProps) {
  const { t } = useTranslation();
  const { money } = useFormatters();
  const api = useApiClient();
  const [mode, setMode] = useState<'full' | 'amount'>('full');
  const [amount, setAmount] = useState('');
  const submit = useSubmit(async () => {
    let body: { amount?: number } = {};
    if (mode === 'amount') {
      body = { amount: Number(parseAmountInput(amount, invoice.currency)) };
    }
    onIssued(await creditNote(api, invoice.id, body));
  }, ['amount']);

  return (
    <ConfirmDialog open={open} title={t('invoice.credit.title')} confirmLabel={t('invoice.credit.submit')} pending={submit.pending} onConfirm={() => void submit.run()} onCancel={onClose}>
      <FormAlert error={submit.formError} />
      <p>{t('invoice.credit.text', { number: invoice.number ?? '' })}</p>
      <fieldset className="fieldset">
        <legend className="visually-hidden">{t('invoice.credit.title')}</legend>
        <label className="radio">
          <input type="radio" name="credit-mode" checked={mode === 'full'} onChange={() => setMode('full')} />
          {t('invoice.credit.full', { amount: money(invoice.totalPayable, invoice.currency) })}
        </label>
        <label className="radio">
          <input type="radio" name="credit-mode" checked={mode === 'amount'} onChange={() => setMode('amount')} />
          {t('invoice.credit.partial')}
        </label>
      </fieldset>
      {mode === 'amount' ? (
        <TextField label={t('invoice.credit.amount', { currency: invoice.currency })} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} error={submit.fieldError('amount')} />
      ) : null}
    </ConfirmDialog>
  );
}
