// What must not lose a user's work: a session that expires in the middle of an invoice, and the
// API going into maintenance (faked with page.route: the API answers 503 MAINTENANCE).
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { completeOnboarding, desktopContext, logIn, newAccount, signUp } from './flows';
import { httpStatusLogged, onFailureScreenshot, screenshot, serverAndBrowserPerFile, watchErrors } from './harness';

const running = serverAndBrowserPerFile();

/** Ends the session on the server, as the idle timeout would: the browser still holds its cookie. */
async function expireSession(context: BrowserContext, baseUrl: string) {
  const other = await running().browser.newContext();
  await other.addCookies(await context.cookies());
  const res = await other.request.post(`${baseUrl}/api/auth/logout-all`, { headers: { origin: baseUrl } });
  expect(res.status()).toBe(204);
  await other.close();
}

describe('resilience', () => {
  it('keeps an unsaved invoice through an expired session: back to login, then back to the same draft', async () => {
    const { server, browser } = running();
    const context = await desktopContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page, [httpStatusLogged(401)]);
    const account = newAccount('Menuiserie Rochat');
    await onFailureScreenshot(page, 'session-expiry', async () => {
      await signUp(page, server.baseUrl, account);
      await completeOnboarding(page, { street: 'Grand-Rue', buildingNumber: '3', postalCode: '1260', town: 'Nyon', iban: 'CH93 0076 2011 6238 5295 7' });
      await page.goto(`${server.baseUrl}/clients/new`);
      await page.getByLabel('Raison sociale').fill('Boulangerie Favre');
      await page.getByLabel('NPA').fill('1003');
      await page.getByLabel('Localité').fill('Lausanne');
      await page.getByRole('button', { name: 'Ajouter un client' }).click();
      await page.getByRole('link', { name: 'Boulangerie Favre' }).waitFor();

      // A new invoice, typed but never saved.
      await page.goto(`${server.baseUrl}/invoices/new`);
      await page.getByRole('combobox', { name: 'Client' }).fill('Boul');
      await page.getByRole('option', { name: /Boulangerie Favre/ }).click();
      await page.getByLabel('Titre').fill('Agencement de la vitrine');
      // Typing a description searches the products: let that search finish while the session
      // still lives, so that the save below is the first call the server refuses.
      const productSearch = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/products' && r.request().method() === 'GET');
      await page.getByRole('combobox', { name: 'Désignation, ligne 1' }).fill('Pose de la vitrine');
      await productSearch;
      await page.getByLabel('Quantité, ligne 1').fill('6');
      await page.getByLabel('Prix unitaire, ligne 1').fill('95.50');

      // The session ends on the server; the next call (saving) is refused with 401.
      await expireSession(context, server.baseUrl);
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
      await page.getByText(/Votre session a expiré/).waitFor();
      expect(new URL(page.url()).searchParams.get('next')).toBe('/invoices/new');

      await logIn(page, account);
      await page.getByRole('heading', { level: 1, name: 'Nouvelle facture' }).waitFor();
      await page.getByText(/Vos modifications non enregistrées du .* ont été restaurées/).waitFor();
      expect(await page.getByLabel('Titre').inputValue()).toBe('Agencement de la vitrine');
      expect(await page.getByRole('combobox', { name: 'Désignation, ligne 1' }).inputValue()).toBe('Pose de la vitrine');
      expect(await page.getByLabel('Prix unitaire, ligne 1').inputValue()).toBe('95.50');
      expect(await page.getByRole('combobox', { name: 'Client' }).inputValue()).toBe('Boulangerie Favre');

      // Nothing lost: the draft saves now.
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: 'Brouillon de facture' }).waitFor();
      expect(await page.getByLabel('Prix unitaire, ligne 1').inputValue()).toBe('95.50');
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows the maintenance page while the API answers 503 MAINTENANCE, then gives the page back as it was', async () => {
    const { server, browser } = running();
    const context = await desktopContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page, [httpStatusLogged(503)]);
    const account = newAccount('Garage du Lac');
    await onFailureScreenshot(page, 'maintenance', async () => {
      await signUp(page, server.baseUrl, account);
      await page.goto(`${server.baseUrl}/clients/new`);
      await page.getByLabel('Raison sociale').fill('Transports Berset');

      const maintenance = JSON.stringify({ error: { code: 'MAINTENANCE', message: 'Maintenance in progress', requestId: 'e2e' } });
      await page.route('**/api/**', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: maintenance }));
      await page.getByRole('button', { name: 'Ajouter un client' }).click();
      await page.getByRole('heading', { level: 1, name: 'Maintenance en cours' }).waitFor();
      await page.getByText(/Vos données sont en sécurité/).waitFor();
      await screenshot(page, 'maintenance-fr');
      // Still down: "retry" keeps the page.
      await page.getByRole('button', { name: 'Réessayer' }).click();
      await page.getByRole('heading', { level: 1, name: 'Maintenance en cours' }).waitFor();

      // Back: the form is there again, as typed.
      await page.unroute('**/api/**');
      await page.getByRole('button', { name: 'Réessayer' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouveau client' }).waitFor();
      expect(await page.getByLabel('Raison sociale').inputValue()).toBe('Transports Berset');

      // A fresh visit during maintenance shows it too, in the remembered language.
      await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('it');
      await page.route('**/api/**', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: maintenance }));
      await page.goto(`${server.baseUrl}/invoices`);
      await page.getByRole('heading', { level: 1, name: 'Manutenzione in corso' }).waitFor();
      await page.unroute('**/api/**');
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
