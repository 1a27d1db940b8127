import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../api/invoices';
import { listReminders, MAX_REMINDER_LEVEL } from '../../api/reminders';
import type { Reminder, ReminderList } from '../../api/reminders';
import { useQuery } from '../../api/use-query';
import { useFormatters } from '../../i18n/use-formatters';
import { swissToday } from '../documents/editor-state';

/** The translation key of a level's name, as the reminder's PDF titles it. */
export function reminderLevelKey(level: number) {
  return level >= 3 ? 'invoice.reminder.level3' : level === 2 ? 'invoice.reminder.level2' : 'invoice.reminder.level1';
}

/**
 * The reminders of an issued invoice, and whether another one can be sent: the invoice is overdue
 * (issued or partially paid, past its due date), has fewer than three, and the deadline of the
 * last one has passed (the API refuses the next level before, REMINDER_TOO_EARLY). Until then
 * `waitUntil` is the first day the next one can be sent.
 */
export function useInvoiceReminders(invoice: Invoice) {
  const applies = invoice.kind === 'invoice' && invoice.status !== 'draft';
  const query = useQuery<ReminderList>(applies ? `reminders:${invoice.id}:${invoice.updatedAt}` : null, (c, signal) => listReminders(c, invoice.id, signal));
  const items = query.data?.items ?? [];
  const nextLevel = items.reduce((max, r) => Math.max(max, r.level), 0) + 1;
  const nextFrom = query.data?.nextReminderFrom ?? null;
  const waitUntil = applies && invoice.overdue && nextFrom !== null && swissToday() < nextFrom ? nextFrom : null;
  const canRemind = applies && invoice.overdue && query.data !== undefined && nextLevel <= MAX_REMINDER_LEVEL && waitUntil === null;
  return { items, nextLevel, canRemind, waitUntil, reload: query.reload };
}

/** The card listing an invoice's reminders with their PDFs, and when the next one can be sent if not yet. */
export function RemindersCard({ reminders, waitUntil = null }: { reminders: readonly Reminder[]; waitUntil?: string | null }) {
  const { t } = useTranslation();
  const { money, date } = useFormatters();
  return (
    <section className="card" aria-labelledby="invoice-reminders">
      <h2 id="invoice-reminders" className="card__title">
        {t('invoice.reminders.title')}
      </h2>
      {waitUntil ? <p className="card__text">{t('invoice.reminders.nextFrom', { date: date(waitUntil) })}</p> : null}
      {reminders.length === 0 ? (
        <p className="card__text">{t('invoice.reminders.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('invoice.reminders.level')}</th>
                <th scope="col">{t('invoice.reminders.date')}</th>
                <th scope="col">{t('invoice.reminders.dueDate')}</th>
                <th scope="col" className="num">
                  {t('invoice.reminders.amountDue')}
                </th>
                <th scope="col">{t('invoice.reminders.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {reminders.map((reminder) => {
                const level = t(reminderLevelKey(reminder.level));
                return (
                  <tr key={reminder.id}>
                    <td data-label={t('invoice.reminders.level')}>{level}</td>
                    <td data-label={t('invoice.reminders.date')}>{date(reminder.issuedOn)}</td>
                    <td data-label={t('invoice.reminders.dueDate')}>{date(reminder.dueDate)}</td>
                    <td className="num" data-label={t('invoice.reminders.amountDue')}>
                      {money(reminder.amountDue, reminder.currency)}
                    </td>
                    <td data-label={t('invoice.reminders.pdf')}>
                      <a href={reminder.pdfUrl} download aria-label={t('invoice.reminders.pdfLabel', { level, date: date(reminder.issuedOn) })}>
                        {t('invoice.reminders.pdf')}
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
