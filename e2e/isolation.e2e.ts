// Two businesses on the same server: what one records, the other never sees — not in lists, not
// in search, not by typing the address of the other's invoice.
import { describe, expect, it } from 'vitest';
import { desktopContext, newAccount, signUp } from './flows';
import { httpStatusLogged, onFailureScreenshot, serverAndBrowserPerFile, watchErrors } from './harness';

const running = serverAndBrowserPerFile();

describe('organisations', () => {
  it('shows a user of another organisation none of the first one’s clients, invoices or figures', async () => {
    const { server, browser } = running();
    const baseUrl = server.baseUrl;

    // Organisation A: a client and a draft invoice.
    const contextA = await desktopContext(browser);
    const pageA = await contextA.newPage();
    const errorsA = watchErrors(pageA, [httpStatusLogged(401)]);
    let invoiceUrl = '';
    await onFailureScreenshot(pageA, 'isolation-a', async () => {
      await signUp(pageA, baseUrl, newAccount('Fiduciaire Alpha'));
      await pageA.goto(`${baseUrl}/clients/new`);
      await pageA.getByLabel('Raison sociale').fill('Secret Client SA');
      await pageA.getByLabel('NPA').fill('1950');
      await pageA.getByLabel('Localité').fill('Sion');
      await pageA.getByRole('button', { name: 'Ajouter un client' }).click();
      await pageA.getByRole('link', { name: 'Secret Client SA' }).waitFor();
      await pageA.goto(`${baseUrl}/invoices/new`);
      await pageA.getByRole('combobox', { name: 'Client' }).fill('Secret');
      await pageA.getByRole('option', { name: /Secret Client SA/ }).click();
      await pageA.getByRole('combobox', { name: 'Désignation, ligne 1' }).fill('Mandat confidentiel');
      await pageA.getByLabel('Prix unitaire, ligne 1').fill('5000');
      await pageA.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await pageA.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
      invoiceUrl = pageA.url();
    });

    // Organisation B, in another browser: sees nothing of it.
    const contextB = await desktopContext(browser);
    const pageB = await contextB.newPage();
    // 404: the API answers A's invoice as if it did not exist.
    const errorsB = watchErrors(pageB, [httpStatusLogged(401), httpStatusLogged(404)]);
    await onFailureScreenshot(pageB, 'isolation-b', async () => {
      await signUp(pageB, baseUrl, newAccount('Garage Beta'));
      expect(await pageB.getByTestId('organisation-name').textContent()).toBe('Garage Beta');

      await pageB.goto(`${baseUrl}/clients`);
      await pageB.getByRole('heading', { level: 2, name: 'Aucun client pour l’instant' }).waitFor();
      await pageB.goto(`${baseUrl}/invoices`);
      await pageB.getByRole('heading', { level: 2, name: 'Aucune facture pour l’instant' }).waitFor();

      await pageB.goto(invoiceUrl);
      await pageB.getByText('Cet élément n’existe pas ou plus.').waitFor();
      expect(await pageB.getByText('Mandat confidentiel').count()).toBe(0);

      // Even the client picker's search finds nothing of A.
      await pageB.goto(`${baseUrl}/invoices/new`);
      await pageB.getByRole('combobox', { name: 'Client' }).fill('Secret');
      await pageB.waitForResponse((response) => response.url().includes('/api/clients?') && response.url().includes('q=Secret'));
      expect(await pageB.getByRole('option', { name: /Secret Client SA/ }).count()).toBe(0);

      await pageB.goto(`${baseUrl}/`);
      await pageB.getByTestId('kpi-open-year').waitFor();
      expect(await pageB.content()).not.toContain('Secret Client SA');
      expect(await pageB.content()).not.toContain('Fiduciaire Alpha');
    });

    expect(errorsA).toEqual([]);
    expect(errorsB).toEqual([]);
    await contextA.close();
    await contextB.close();
  }, 180_000);
});
