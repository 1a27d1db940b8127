import { describe, expect, it } from 'vitest';
import { DOCUMENT_LABELS } from '../src/i18n/labels';
import { reminderRows } from '../src/pdf/reminder-body';
import { reminder } from './fixtures';

const rows = (d: ReturnType<typeof reminder>) => reminderRows(d, { labels: DOCUMENT_LABELS.en, language: 'en' }).map(([label, value]) => [label.replace(/^Invoice .* – /, ''), value.replace(/\s/g, ' ')]);

describe('reminderRows', () => {
  it('shows credit notes, payments, earlier fees and this fee adding up to the amount due', () => {
    const base = reminder('en', 3);
    const d = { ...base, invoice: { ...base.invoice, credited: -8_100n, amountPaid: 50_000n }, earlierFees: 2_000n, fee: 3_000n, amountDue: 55_000n };
    expect(rows(d)).toEqual([
      ['Invoice amount', "1'081.00"],
      ['Credit note', '-81.00'],
      ['Already paid', '-500.00'],
      ['Outstanding', '500.00'],
      ['Fees of earlier reminders', '20.00'],
      ['Reminder fee', '30.00'],
      ['Amount due', 'CHF 550.00'],
    ]);
  });

  it('leaves out the rows that are zero', () => {
    const base = reminder('en', 1);
    const d = { ...base, invoice: { ...base.invoice, amountPaid: 0n }, fee: 0n, amountDue: 108_100n };
    expect(rows(d).map(([label]) => label)).toEqual(['Invoice amount', 'Amount due']);
  });
});
