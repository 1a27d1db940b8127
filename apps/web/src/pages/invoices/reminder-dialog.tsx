import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import type { Invoice } from '../../api/invoices';
import { issueReminder } from '../../api/reminders';
import type { Reminder } from '../../api/reminders';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { useSubmit } from '../../components/use-submit';
import { useFormatters } from '../../i18n/use-formatters';
import { minorToText } from '../documents/editor-state';
import { parseAmountInput } from './amount-input';
import { reminderLevelKey } from './invoice-reminders';

/** The fee proposed per level (minor units): none for the friendly first reminder, then 20.00 and 30.00. */
const DEFAULT_FEES: Record<number, number> = { 1: 0, 2: 2000, 3: 3000 };
const DEFAULT_DAYS = 10;

interface ReminderDialogProps {
  invoice: Invoice;
  /** The level this reminder will get (1–3). */
  level: number;
  open: boolean;
  onClose: () => void;
  onIssued: (reminder: Reminder) => void;
}

/** The next reminder of an overdue invoice: its fee (proposed per level) and the days to pay. */
export function ReminderDialog({ invoice, level, open, onClose, onIssued }: ReminderDialogProps) {
  const { t } = useTranslation();
  const { money, date } = useFormatters();
  const api = useApiClient();
  const [fee, setFee] = useState(minorToText(DEFAULT_FEES[level] ?? 0));
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  // One key per reminder: a double click or a retry after a lost answer issues it once.
  const idempotencyKey = useRef(crypto.randomUUID());
  const submit = useSubmit(async () => {
    const minor = parseAmountInput(fee, invoice.currency, 'fee');
    const dueInDays = Number(days);
    if (!Number.isInteger(dueInDays)) throw new ApiError({ status: 400, code: 'REMINDER_DUE_DAYS_INVALID', message: 'REMINDER_DUE_DAYS_INVALID', field: 'dueInDays' });
    onIssued(await issueReminder(api, invoice.id, { fee: Number(minor), dueInDays }, idempotencyKey.current));
  }, ['fee', 'dueInDays']);

  return (
    <ConfirmDialog open={open} title={t('invoice.reminder.title')} confirmLabel={t('invoice.reminder.submit')} pending={submit.pending} onConfirm={() => void submit.run()} onCancel={onClose}>
      <FormAlert error={submit.formError} />
      <p>
        {t('invoice.reminder.text', {
          number: invoice.number ?? '',
          dueDate: invoice.dueDate ? date(invoice.dueDate) : '',
          amount: money(invoice.amountDue, invoice.currency),
        })}
      </p>
      <p>
        <strong>{t('invoice.reminder.levelLine', { level: t(reminderLevelKey(level)) })}</strong>
      </p>
      <TextField
        label={t('invoice.reminder.fee', { currency: invoice.currency })}
        hint={t('invoice.reminder.feeHint')}
        inputMode="decimal"
        value={fee}
        onChange={(event) => setFee(event.target.value)}
        error={submit.fieldError('fee')}
      />
      <TextField
        label={t('invoice.reminder.days')}
        hint={t('invoice.reminder.daysHint')}
        type="number"
        min={1}
        max={60}
        step={1}
        value={days}
        onChange={(event) => setDays(event.target.value)}
        error={submit.fieldError('dueInDays')}
      />
    </ConfirmDialog>
  );
}
