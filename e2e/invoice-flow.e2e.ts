// The path a business takes every month, on the real API in headless Chromium: sign up, onboard,
// add a client, write an invoice with two TVA rates, preview it, issue it, download its PDF,
// record the payment, and see it paid on the dashboard.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeOnboarding, desktopContext, newAccount, signUp } from './flows';
import { httpStatusLogged, onFailureScreenshot, screenshot, serverAndBrowserPerFile, watchErrors } from './harness';
import { isPdf, pdfHasText } from './pdf';

const running = serverAndBrowserPerFile();

/** Text with every kind of space made a plain one: fr-CH groups digits with a narrow no-break space. */
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function addClient(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/clients`);
  await page.getByRole('link', { name: 'Ajouter un client' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Nouveau client' }).waitFor();
  await page.getByLabel('Raison sociale').fill('Müller Holzbau AG');
  await page.getByLabel('Rue').fill('Bahnhofstrasse');
  await page.getByLabel('Numéro', { exact: true }).fill('10');
  await page.getByLabel('NPA').fill('8001');
  await page.getByLabel('Localité').fill('Zürich');
  await page.getByLabel('Langue des documents').selectOption('de');
  await page.getByRole('button', { name: 'Ajouter un client' }).click();
  await page.getByRole('link', { name: 'Müller Holzbau AG' }).waitFor();
}

async function addProduct(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/products`);
  await page.getByRole('link', { name: 'Ajouter un produit' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Nouveau produit' }).waitFor();
  await page.getByLabel('Nom').fill('Heure de charpente');
  await page.getByLabel('Prix unitaire').fill('120');
  await page.getByLabel('Unité').fill('h');
  await page.getByRole('button', { name: 'Ajouter un produit' }).click();
  await page.getByRole('link', { name: 'Heure de charpente' }).waitFor();
}

describe('invoice flow', () => {
  it('signs up, onboards, invoices two TVA rates, issues, downloads the PDF, records the payment and sees it paid', async () => {
    const { server, browser } = running();
    const context = await desktopContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page, [httpStatusLogged(401)]);
    const account = newAccount('Atelier Dupont Sàrl');
    await onFailureScreenshot(page, 'invoice-flow', async () => {
      await signUp(page, server.baseUrl, account);
      await completeOnboarding(page, {
        street: 'Rue du Marché',
        buildingNumber: '12',
        postalCode: '1204',
        town: 'Genève',
        uid: 'CHE-100.155.212',
        iban: 'CH93 0076 2011 6238 5295 7',
      });
      await addClient(page, server.baseUrl);
      await addProduct(page, server.baseUrl);

      // The editor: client picker, two lines at 8.1 % and 2.6 %, live totals.
      await page.goto(`${server.baseUrl}/invoices`);
      await page.getByRole('link', { name: 'Créer une facture' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle facture' }).waitFor();
      await page.getByRole('combobox', { name: 'Client' }).fill('Müller');
      await page.getByRole('option', { name: /Müller Holzbau AG/ }).click();
      await page.getByLabel('Titre').fill('Charpente, mars');
      // Line 1 from the product suggestions: name, unit, price and TVA filled in.
      await page.getByRole('combobox', { name: 'Désignation, ligne 1' }).fill('charp');
      await page.getByRole('option', { name: /Heure de charpente/ }).click();
      expect(await page.getByLabel('Unité, ligne 1').inputValue()).toBe('h');
      expect(await page.getByLabel('Prix unitaire, ligne 1').inputValue()).toBe('120.00');
      await page.getByLabel('Quantité, ligne 1').fill('10');
      await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
      await page.getByRole('combobox', { name: 'Désignation, ligne 2' }).fill('Livre technique');
      await page.getByLabel('Quantité, ligne 2').fill('3');
      await page.getByLabel('Prix unitaire, ligne 2').fill('24.95');
      await page.getByLabel('Catégorie de TVA, ligne 2').selectOption('reduced');
      // The live totals beside the form (the paper preview repeats them).
      await page.getByTestId('tva-row').filter({ hasText: /TVA Réduit 2,6\s?%\ssur 74.85\sCHF/ }).waitFor();
      expect(plain(await page.getByTestId('total-payable').textContent())).toBe('1 374.00 CHF');
      const tvaRows = (await page.getByTestId('tva-row').allTextContents()).map(plain);
      expect(tvaRows).toEqual(['TVA Normal 8,1 % sur 1 200.00 CHF97.20 CHF', 'TVA Réduit 2,6 % sur 74.85 CHF1.95 CHF']);
      await page.getByText('Prêt', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: 'Brouillon de facture' }).waitFor();
      await page.getByRole('status').filter({ hasText: /Enregistré/ }).waitFor();
      await page.setViewportSize({ width: 1600, height: 1000 });
      await screenshot(page, 'invoice-editor-fr', { fullPage: false });
      await page.setViewportSize({ width: 1280, height: 800 });

      // The PDF preview of the draft, rendered by the API.
      const preview = page.waitForResponse((response) => response.url().endsWith('/preview') && response.status() === 200);
      await page.getByRole('tab', { name: 'PDF' }).click();
      expect((await preview).headers()['content-type']).toContain('application/pdf');
      await page.locator('iframe[title="PDF de la facture"]').waitFor();

      // Issue, with the confirmation.
      await page.getByRole('button', { name: 'Émettre la facture…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Émettre cette facture ?' });
      await dialog.getByText(/Müller Holzbau AG pour 1\s374.00\sCHF/).waitFor();
      await dialog.getByRole('button', { name: 'Émettre' }).click();
      const heading = page.getByRole('heading', { level: 1, name: /^Facture / });
      await heading.waitFor();
      const number = plain(await heading.textContent()).replace('Facture ', '');
      expect(number).toMatch(/^\d{4}-0001$/);
      await page.getByText('Ouverte', { exact: true }).first().waitFor();

      // The archived PDF, downloaded: a PDF bearing the invoice number.
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Télécharger le PDF' }).click();
      const file = await (await download).path();
      const bytes = await readFile(file);
      expect(isPdf(bytes)).toBe(true);
      expect(pdfHasText(bytes, number)).toBe(true);

      // The payment, as received.
      await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
      const payment = page.getByRole('dialog', { name: 'Enregistrer un paiement' });
      expect(await payment.getByLabel('Montant reçu (CHF)').inputValue()).toBe('1374.00');
      await payment.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Paiement enregistré.' }).waitFor();
      await page.locator('.page-header').getByText('Payée', { exact: true }).waitFor();
      expect(plain(await page.getByTestId('amount-due').textContent())).toBe('0.00 CHF');

      // The invoice list with its status.
      await page.goto(`${server.baseUrl}/invoices`);
      const row = page.getByRole('row', { name: new RegExp(number) });
      await row.getByText('Payée').waitFor();
      await screenshot(page, 'invoice-list-fr');

      // The dashboard: received this month, nothing open, the payment in the activity.
      await page.getByRole('link', { name: 'Tableau de bord' }).click();
      await page.getByTestId('kpi-paid-month').waitFor();
      expect(plain(await page.getByTestId('kpi-paid-month').textContent())).toBe('Ce mois1 374.00 CHF');
      expect(plain(await page.getByTestId('kpi-open-month').textContent())).toBe('Ce mois0.00 CHF');
      // In the audit log's words, with who did it and the payment's currency.
      await page.getByRole('link', { name: new RegExp(`Anna Muster a enregistré un paiement de 1\\s374.00\\sCHF pour la facture ${number}`) }).waitFor();
      await screenshot(page, 'dashboard-fr');
    });

    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
