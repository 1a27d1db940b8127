// Chasing an unpaid invoice, in headless Chromium on the real API: an invoice issued in January is
// overdue; the user sends a first reminder from its page (dialog, fee, days to pay), downloads the
// reminder's PDF, sees it listed and the date from which the next one can be sent (not before its
// deadline has passed), then sends the second reminder, with the proposed fee, on an invoice whose
// first reminder ran out long ago.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeOnboarding, desktopContext, newAccount, signUp } from './flows';
import { accessibilityViolations, httpStatusLogged, onFailureScreenshot, serverAndBrowserPerFile, watchErrors } from './harness';
import { pdfText } from '../packages/documents/test/pdf-tools';
import { formatDate } from '../apps/web/src/i18n/format';
import { isPdf } from './pdf';

const running = serverAndBrowserPerFile();

const swissToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/**
 * A client and an invoice issued on 5 January (30 days to pay), through the API from the signed-in
 * page: the web app issues with today's date, and the reminder needs an invoice past its due date.
 * With `firstReminderOn`, a first reminder of that date (14 days to pay) is recorded too, as one
 * sent on paper would be.
 */
async function issueOverdueInvoice(page: Page, firstReminderOn?: string): Promise<{ id: string; number: string }> {
  const remind = firstReminderOn ? `await post('/api/invoices/' + issued.id + '/reminders', { issuedOn: ${JSON.stringify(firstReminderOn)}, dueInDays: 14 });` : '';
  // A string expression: the e2e files are type-checked without the DOM library.
  return (await page.evaluate(`(async () => {
    const post = async (url, body) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(url + ': ' + res.status + ' ' + (await res.text()));
      return res.json();
    };
    const client = await post('/api/clients', { name: 'Müller Holzbau AG', street: 'Bahnhofstrasse', buildingNumber: '10', postalCode: '8001', town: 'Zürich', country: 'CH', language: 'fr' });
    const draft = await post('/api/invoices', { clientId: client.id, paymentTermDays: 30, lines: [{ description: 'Charpente', quantity: '10', unit: 'h', unitPrice: 12000, tvaCategory: 'normal' }] });
    const issued = await post('/api/invoices/' + draft.id + '/issue', { issueDate: '2026-01-05' });
    ${remind}
    return { id: issued.id, number: issued.number };
  })()`)) as { id: string; number: string };
}

async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await link.click();
  return readFile(await (await event).path());
}

describe('reminder flow', () => {
  it('sends a first and a second reminder for an overdue invoice and downloads their PDFs', async () => {
    const { server, browser } = running();
    const context = await desktopContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page, [httpStatusLogged(401)]);
    await onFailureScreenshot(page, 'reminder-flow', async () => {
      await signUp(page, server.baseUrl, newAccount('Charpente Favre Sàrl'));
      await completeOnboarding(page, { street: 'Rue du Marché', buildingNumber: '12', postalCode: '1204', town: 'Genève', uid: 'CHE-100.155.212', iban: 'CH93 0076 2011 6238 5295 7' });
      const invoice = await issueOverdueInvoice(page);

      await page.goto(`${server.baseUrl}/invoices/${invoice.id}`);
      await page.getByRole('heading', { level: 1, name: `Facture ${invoice.number}` }).waitFor();
      await page.getByText('Aucun rappel envoyé.').waitFor();
      await page.getByRole('button', { name: 'Envoyer un rappel' }).click();
      const dialog = page.getByRole('dialog', { name: 'Envoyer un rappel' });
      await dialog.getByText('Niveau : Rappel').waitFor();
      expect(await dialog.getByLabel('Frais de rappel (CHF)').inputValue()).toBe('0.00');
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByLabel('Délai de paiement (jours)').fill('14');
      await dialog.getByRole('button', { name: 'Émettre le rappel' }).click();

      const notice = page.getByRole('status').filter({ hasText: 'Rappel émis' });
      expect(plain(await notice.textContent())).toMatch(/^Rappel émis : 1 297.20 CHF à payer d’ici au /);
      const first = await download(page, notice.getByRole('link', { name: 'Télécharger le PDF du rappel' }));
      expect(isPdf(first)).toBe(true);
      const firstText = plain(pdfText(new Uint8Array(first)));
      expect(firstText).toContain(`Facture ${invoice.number}`);
      expect(firstText).toContain('Montant à payer 1 297.20 CHF');

      // The second waits for the first one's deadline (today + 14 days): the date instead of the button.
      const nextFrom = new Date(Date.parse(`${swissToday}T00:00:00Z`) + 15 * 86_400_000).toISOString().slice(0, 10);
      await page.getByRole('region', { name: 'Rappels' }).getByText(`Prochain rappel possible dès le ${formatDate(nextFrom, 'fr-CH')}.`).waitFor();
      expect(await page.getByRole('button', { name: 'Envoyer un rappel' }).count()).toBe(0);

      // An invoice whose first reminder ran out in February: the second reminder proposes 20.00 of
      // fees; the amount due then includes them.
      const older = await issueOverdueInvoice(page, '2026-02-10');
      await page.goto(`${server.baseUrl}/invoices/${older.id}`);
      await page.getByRole('heading', { level: 1, name: `Facture ${older.number}` }).waitFor();
      await page.getByRole('button', { name: 'Envoyer un rappel' }).click();
      await dialog.getByText('Niveau : Deuxième rappel').waitFor();
      expect(await dialog.getByLabel('Frais de rappel (CHF)').inputValue()).toBe('20.00');
      await dialog.getByRole('button', { name: 'Émettre le rappel' }).click();
      await page.getByRole('status').filter({ hasText: 'Deuxième rappel émis' }).waitFor();
      const reminders = page.getByRole('region', { name: 'Rappels' });
      await reminders.getByRole('cell', { name: 'Deuxième rappel', exact: true }).waitFor();
      expect((await reminders.getByRole('row').allTextContents()).length).toBe(3);
      // The invoice is read again after the reminder: its amount due follows once that answer is in.
      await expect.poll(async () => plain(await page.getByTestId('amount-due').textContent())).toBe('1 317.20 CHF');
      const second = await download(page, reminders.getByRole('link', { name: /^PDF : Deuxième rappel du / }));
      const secondText = plain(pdfText(new Uint8Array(second)));
      expect(secondText).toContain('Deuxième rappel');
      expect(secondText).toContain('Frais de rappel 20.00');
      expect(secondText).toContain('Montant à payer 1 317.20 CHF');
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
