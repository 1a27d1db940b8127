// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../i18n/format';
import { renderApp, TEST_ME } from '../../test/render-app';
import { swissToday } from '../documents/editor-state';
import type { Handlers } from '../../test/render-app';
import { invoiceApi, issued } from './invoice-test-api';

afterEach(() => cleanup());

const overdue = { ...issued, overdue: true, issueDate: '2026-01-05', dueDate: '2026-02-04', lines: [], updatedAt: '2026-01-05T10:00:00Z' };
const reminder = (level: number, fee: number, amountDue: number) => ({
  id: `r${level}`,
  invoiceId: 'i1',
  level,
  fee,
  amountDue,
  currency: 'CHF',
  issuedOn: `2026-0${level + 1}-10`,
  dueDate: `2026-0${level + 1}-20`,
  pdfUrl: `/api/reminders/r${level}/pdf`,
  createdAt: '',
});

function api(invoice: Record<string, unknown>, reminders: unknown[], overrides: Handlers = {}) {
  return invoiceApi(invoice, { '/api/invoices/i1/reminders': () => Response.json({ items: reminders }), ...overrides });
}

describe('reminders of an issued invoice', () => {
  it('sends a first reminder from the dialog, then offers its PDF and lists it', async () => {
    const user = userEvent.setup();
    const sent: { body: unknown; key: string | null }[] = [];
    const items: unknown[] = [];
    let fees = 0;
    const fetch = api(overdue, items, {
      '/api/invoices/i1': () => Response.json({ ...overdue, reminderFees: fees, amountDue: 108100 + fees }),
      '/api/invoices/i1/reminders': (init?: RequestInit) => {
        if (init?.method === 'POST') {
          sent.push({ body: JSON.parse(String(init.body)), key: new Headers(init.headers).get('idempotency-key') });
          fees = 1000;
          items.push(reminder(1, 1000, 109100));
          return Response.json(items[0], { status: 201 });
        }
        return Response.json({ items });
      },
    });
    await renderApp({ path: '/invoices/i1', fetch });
    expect(await screen.findByRole('heading', { level: 2, name: 'Rappels' })).toBeDefined();
    expect(screen.getByText('Aucun rappel envoyé.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Envoyer un rappel' }));
    const dialog = screen.getByRole('dialog', { name: 'Envoyer un rappel' });
    expect(within(dialog).getByText(/Facture 2026-0001, échue le 4 févr\. 2026 : reste dû 1\s081\.00\sCHF/)).toBeDefined();
    expect(within(dialog).getByText('Niveau : Rappel')).toBeDefined();
    const fee = within(dialog).getByLabelText('Frais de rappel (CHF)') as HTMLInputElement;
    expect(fee.value).toBe('0.00');
    expect((within(dialog).getByLabelText('Délai de paiement (jours)') as HTMLInputElement).value).toBe('10');
    await user.clear(fee);
    await user.type(fee, '10.-');
    await user.click(within(dialog).getByRole('button', { name: 'Émettre le rappel' }));

    expect(await screen.findByText(/Rappel émis : 1\s091\.00\sCHF à payer d’ici au 20 févr\. 2026\./)).toBeDefined();
    expect(sent).toEqual([{ body: { fee: 1000, dueInDays: 10 }, key: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    expect(screen.getByRole('link', { name: 'Télécharger le PDF du rappel' }).getAttribute('href')).toBe('/api/reminders/r1/pdf');
    const card = screen.getByRole('region', { name: 'Rappels' });
    await waitFor(() => expect(within(card).getByRole('link', { name: 'PDF : Rappel du 10 févr. 2026' }).getAttribute('href')).toBe('/api/reminders/r1/pdf'));
    expect(within(card).getByText(/1\s091\.00\sCHF/)).toBeDefined();
    expect(within(card).getByText('20 févr. 2026')).toBeDefined();
    await waitFor(() => expect(screen.getByTestId('amount-due').textContent).toMatch(/1\s091\.00\sCHF/));
    expect(screen.getByText('Frais de rappel')).toBeDefined();
  });

  it('proposes the fee of the next level and shows a refused fee beside its field', async () => {
    const user = userEvent.setup();
    let posts = 0;
    const fetch = api({ ...overdue, reminderFees: 0 }, [reminder(1, 0, 108100)], {
      '/api/invoices/i1/reminders': (init?: RequestInit) => {
        if (init?.method !== 'POST') return Response.json({ items: [reminder(1, 0, 108100)] });
        posts++;
        return Response.json({ error: { code: 'REMINDER_FEE_NOT_ROUNDED', message: 'x', field: 'fee', requestId: 't' } }, { status: 400 });
      },
    });
    await renderApp({ path: '/invoices/i1', fetch });
    await user.click(await screen.findByRole('button', { name: 'Envoyer un rappel' }));
    const dialog = screen.getByRole('dialog', { name: 'Envoyer un rappel' });
    expect(within(dialog).getByText('Niveau : Deuxième rappel')).toBeDefined();
    const fee = within(dialog).getByLabelText('Frais de rappel (CHF)') as HTMLInputElement;
    expect(fee.value).toBe('20.00');

    await user.clear(fee);
    await user.type(fee, 'vingt');
    await user.click(within(dialog).getByRole('button', { name: 'Émettre le rappel' }));
    expect(await within(dialog).findByText('Ce n’est pas un montant valable.')).toBeDefined();
    expect(posts).toBe(0);

    await user.clear(fee);
    await user.type(fee, '20.02');
    await user.click(within(dialog).getByRole('button', { name: 'Émettre le rappel' }));
    expect(await within(dialog).findByText('En CHF, les frais de rappel sont un multiple de 5 centimes (par ex. 20.00 ou 20.05).')).toBeDefined();
    expect(fee.getAttribute('aria-invalid')).toBe('true');
    expect(posts).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the next reminder only after the deadline of the previous one, and says from when', async () => {
    const today = swissToday();
    const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // Sent today with 10 days to pay: the second reminder can be sent from the 11th day.
    const sentToday = { ...reminder(1, 0, 108100), issuedOn: today, dueDate: inDays(10) };
    const waiting = { '/api/invoices/i1/reminders': () => Response.json({ items: [sentToday], nextReminderFrom: inDays(11) }) };
    await renderApp({ path: '/invoices/i1', fetch: api(overdue, [], waiting) });
    const card = await screen.findByRole('region', { name: 'Rappels' });
    expect(await within(card).findByText(`Prochain rappel possible dès le ${formatDate(inDays(11), 'fr-CH')}.`)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Enregistrer un paiement' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Envoyer un rappel' })).toBeNull();
    cleanup();

    // From that day on the button is back, and the note is gone.
    const due = { '/api/invoices/i1/reminders': () => Response.json({ items: [{ ...sentToday, issuedOn: inDays(-11), dueDate: inDays(-1) }], nextReminderFrom: today }) };
    await renderApp({ path: '/invoices/i1', fetch: api(overdue, [], due) });
    expect(await screen.findByRole('button', { name: 'Envoyer un rappel' })).toBeDefined();
    expect(screen.queryByText(/Prochain rappel possible/)).toBeNull();
  });

  it('offers no reminder for an invoice not yet due, after the final one, or to an accountant', async () => {
    await renderApp({ path: '/invoices/i1', fetch: api({ ...overdue, overdue: false }, []) });
    expect(await screen.findByRole('button', { name: 'Enregistrer un paiement' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Envoyer un rappel' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Rappels' })).toBeNull();
    cleanup();

    await renderApp({ path: '/invoices/i1', fetch: api({ ...overdue, reminderFees: 5000, amountDue: 113100 }, [reminder(1, 0, 108100), reminder(2, 2000, 110100), reminder(3, 3000, 113100)]) });
    expect(await screen.findByText('Dernier rappel')).toBeDefined();
    const rows = within(screen.getByRole('region', { name: 'Rappels' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent?.split(/\d/)[0])).toEqual(['NiveauDateÀ payer d’ici auMontant dûPDF', 'Rappel', 'Deuxième rappel', 'Dernier rappel']);
    expect(screen.queryByRole('button', { name: 'Envoyer un rappel' })).toBeNull();
    cleanup();

    const accountant = api(overdue, [], { '/api/me': () => Response.json({ ...TEST_ME, role: 'accountant', organisations: [{ id: 'o1', name: 'Muster GmbH', role: 'accountant' }] }) });
    await renderApp({ path: '/invoices/i1', fetch: accountant });
    expect(await screen.findByRole('heading', { level: 2, name: 'Rappels' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Envoyer un rappel' })).toBeNull();
  });
});
