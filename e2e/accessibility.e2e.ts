// Every main page checked with axe-core (WCAG 2.1 A/AA: labels, names, contrast, landmarks,
// ARIA), and the editor used with the keyboard alone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeOnboarding, desktopContext, newAccount, signUp } from './flows';
import { accessibilityViolations, httpStatusLogged, onFailureScreenshot, serverAndBrowserPerFile, watchErrors } from './harness';

const running = serverAndBrowserPerFile();

/** Calls the API as the signed-in page does (its cookie, its origin). */
async function api<T>(page: Page, baseUrl: string, method: 'POST' | 'PATCH', path: string, data: unknown): Promise<T> {
  const response = await page.request.fetch(`${baseUrl}${path}`, { method, data, headers: { origin: baseUrl } });
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('accessibility', () => {
  it('has no serious or critical WCAG 2.1 AA violation on the main pages', async () => {
    const { server, browser } = running();
    const baseUrl = server.baseUrl;
    const context = await desktopContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page, [httpStatusLogged(401), httpStatusLogged(400)]);
    const problems: Record<string, string[]> = {};
    const check = async (name: string) => {
      const found = await accessibilityViolations(page);
      if (found.length > 0) problems[name] = found;
    };

    await onFailureScreenshot(page, 'accessibility', async () => {
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
      await check('login');
      await signUp(page, baseUrl, newAccount('Cabinet Gamma'));
      await check('onboarding');
      await completeOnboarding(page, { street: 'Rue Neuve', buildingNumber: '8', postalCode: '2000', town: 'Neuchâtel', uid: 'CHE-100.155.212', iban: 'CH44 3199 9123 0008 8901 2' });

      const client = await api<{ id: string }>(page, baseUrl, 'POST', '/api/clients', { name: 'Horlogerie Delta SA', street: 'Rue du Temple', buildingNumber: '4', postalCode: '2300', town: 'La Chaux-de-Fonds' });
      await api(page, baseUrl, 'POST', '/api/products', { name: 'Révision', unit: 'h', unitPrice: 15000, tvaCategory: 'normal' });
      const draft = await api<{ id: string }>(page, baseUrl, 'POST', '/api/invoices', {
        clientId: client.id,
        lines: [
          { description: 'Révision', quantity: '2', unit: 'h', unitPrice: 15000, tvaCategory: 'normal' },
          { description: 'Manuel', quantity: '1', unitPrice: 3900, tvaCategory: 'reduced' },
        ],
      });
      const issued = await api<{ id: string }>(page, baseUrl, 'POST', '/api/invoices', { clientId: client.id, lines: [{ description: 'Conseil', quantity: '1', unitPrice: 10000, tvaCategory: 'normal' }] });
      await page.request.post(`${baseUrl}/api/invoices/${issued.id}/issue`, { data: {}, headers: { origin: baseUrl } });

      const pages: [string, string, string][] = [
        ['dashboard', '/', 'Tableau de bord'],
        ['clients', '/clients', 'Clients'],
        ['client-form', '/clients/new', 'Nouveau client'],
        ['products', '/products', 'Produits'],
        ['invoices', '/invoices', 'Factures'],
        ['invoice-editor', `/invoices/${draft.id}`, 'Brouillon de facture'],
        ['invoice-view', `/invoices/${issued.id}`, ''],
        ['quotes', '/quotes', 'Offres'],
        ['settings-organisation', '/settings/organisation', 'Paramètres'],
        ['settings-bank-accounts', '/settings/bank-accounts', 'Paramètres'],
        ['settings-numbering', '/settings/numbering', 'Paramètres'],
        ['settings-members', '/settings/members', 'Paramètres'],
        ['settings-api-tokens', '/settings/api-tokens', 'Paramètres'],
        ['settings-audit-log', '/settings/audit-log', 'Paramètres'],
        ['settings-account', '/settings/account', 'Paramètres'],
      ];
      for (const [name, path, heading] of pages) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).waitFor();
        await page.waitForLoadState('networkidle');
        await check(name);
      }

      // Errors shown inline are announced and tied to their field.
      await page.goto(`${baseUrl}/clients/new`);
      await page.getByLabel('Raison sociale').fill('Test');
      await page.getByLabel('NPA').fill('99');
      await page.getByLabel('Localité').fill('Bern');
      await page.getByRole('button', { name: 'Ajouter un client' }).click();
      await page.getByText(/Ce NPA n’existe pas/).waitFor();
      await check('client-form-error');
    });

    expect(problems).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('lets a keyboard user reach the content, pick a product and see the focus', async () => {
    const { server, browser } = running();
    const baseUrl = server.baseUrl;
    const context = await desktopContext(browser);
    const page = await context.newPage();
    await onFailureScreenshot(page, 'keyboard', async () => {
      await signUp(page, baseUrl, newAccount('Atelier Epsilon'));
      await api(page, baseUrl, 'POST', '/api/products', { name: 'Heure d’atelier', unit: 'h', unitPrice: 9000, tvaCategory: 'normal' });
      await page.goto(`${baseUrl}/invoices/new`);
      await page.getByRole('heading', { level: 1, name: 'Nouvelle facture' }).waitFor();

      // The skip link is the first stop and takes the focus into the page.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Aller au contenu principal');
      await page.keyboard.press('Enter');
      expect(await page.evaluate('document.activeElement.id')).toBe('main-content');

      // The suggestions: typed, chosen with the arrow keys and Enter.
      const description = page.getByRole('combobox', { name: 'Désignation, ligne 1' });
      await description.focus();
      await page.keyboard.type('atel');
      await page.getByRole('option', { name: /Heure d’atelier/ }).waitFor();
      expect(await description.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await page.getByLabel('Prix unitaire, ligne 1').inputValue()).toBe('90.00');
      expect(await description.getAttribute('aria-expanded')).toBe('false');

      // The focus ring is drawn (outline) on the focused control.
      await page.keyboard.press('Tab');
      const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
      expect(outline).toBe('solid');
    });
    await context.close();
  }, 120_000);
});
