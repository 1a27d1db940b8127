// Getting in, on the real API server in headless Chromium: French by default, sign-up, the
// onboarding with the IBAN checked as typed, log out and in again, the switch to German, and the
// layout on a phone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeOnboarding, desktopContext, logIn, logOut, newAccount, signUp } from './flows';
import { httpStatusLogged, screenshot, serverAndBrowserPerFile, watchErrors } from './harness';

const running = serverAndBrowserPerFile();

const navLinks = (page: Page) => page.locator('nav#app-navigation').getByRole('link').allTextContents();

const PHONE_WIDTH = 390;

/**
 * Nothing wider than the phone's screen: no sideways scrolling. The document's width, not
 * innerWidth: on a mobile viewport the layout viewport grows with the content.
 * A string expression: the e2e files are type-checked without the DOM library.
 */
async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(Number(await page.evaluate('document.documentElement.scrollWidth')), name).toBeLessThanOrEqual(PHONE_WIDTH);
}

/** Whether the field (input or select) named `label` shows its whole value, not cut at its edge. */
async function textFits(page: Page, label: string): Promise<boolean> {
  return Boolean(
    await page.evaluate(`(() => {
      const field = document.querySelector('[aria-label=${JSON.stringify(label)}]');
      const style = getComputedStyle(field);
      const context = document.createElement('canvas').getContext('2d');
      context.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
      const text = field.tagName === 'SELECT' ? field.options[field.selectedIndex].text : field.value;
      return context.measureText(text).width <= field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    })()`),
  );
}

describe('getting in', () => {
  it('signs up in French, walks the onboarding (invalid IBAN refused as typed), logs out and in, and switches to German', async () => {
    const { server, browser } = running();
    // A German-speaking browser still starts in French: French is the product's default until the
    // user picks a language.
    const context = await desktopContext(browser, { locale: 'de-CH' });
    const page = await context.newPage();
    // 401: /api/me answers it before signing in and after logging out, which sends to the login page.
    const errors = watchErrors(page, [httpStatusLogged(401)]);
    const account = newAccount('Atelier Dupont Sàrl');

    // No session: the app sends the visitor to the login page.
    await page.goto(`${server.baseUrl}/invoices`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CH');
    expect(page.url()).toContain('/login?next=%2Finvoices');
    await page.getByRole('status').filter({ hasText: 'Système opérationnel' }).waitFor();

    await signUp(page, server.baseUrl, account);
    expect(await page.getByTestId('organisation-name').textContent()).toBe('Atelier Dupont Sàrl');

    // Profile and VAT.
    await page.getByLabel('Rue').fill('Rue du Marché');
    await page.getByLabel('Numéro', { exact: true }).fill('12');
    await page.getByLabel('NPA').fill('1204');
    await page.getByLabel('Localité').fill('Genève');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Statut TVA' }).waitFor();
    await page.getByRole('radio', { name: /Oui, assujettie/ }).check();
    await page.getByLabel('Numéro IDE').fill('CHE-100.155.212');
    await page.getByRole('button', { name: 'Continuer' }).click();

    // The IBAN is checked as it is typed, with the QR-IBAN explained in one sentence.
    await page.getByRole('heading', { level: 2, name: 'Compte bancaire' }).waitFor();
    await page.getByText(/Le QR-IBAN est un second numéro/).waitFor();
    const iban = page.getByLabel('IBAN ou QR-IBAN');
    await iban.fill('CH93 0076 2011 6238 5295 8');
    await page.getByText('Cet IBAN n’est pas valable : vérifiez les chiffres (le chiffre de contrôle ne correspond pas).').waitFor();
    expect(await iban.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'onboarding-iban-invalid-fr');
    await iban.fill('CH44 3199 9123 0008 8901 2');
    await page.getByText(/QR-IBAN valable \(CH44 3199 9123 0008 8901 2\)/).waitFor();
    await iban.fill('CH93 0076 2011 6238 5295 7');
    await page.getByText(/IBAN valable \(CH93 0076 2011 6238 5295 7\)/).waitFor();
    expect(await iban.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Logo' }).waitFor();
    await page.getByRole('button', { name: 'Terminer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    expect(await navLinks(page)).toEqual(['Tableau de bord', 'Factures', 'Offres', 'Clients', 'Produits', 'Paramètres']);

    // Log out, then back in: the session is the cookie, the app follows.
    await logOut(page, account);
    await page.goto(`${server.baseUrl}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await logIn(page, account);
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

    // Settings: the profile from the onboarding, and the numbering with its preview.
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor();
    expect(await page.getByLabel('Localité').inputValue()).toBe('Genève');
    await screenshot(page, 'settings-fr');
    // At 1280 px every settings tab is in sight, the last one too.
    const lastTab = await page.locator('.tabs').getByRole('link', { name: 'Mon compte' }).boundingBox();
    expect(lastTab).not.toBeNull();
    expect((lastTab?.x ?? 0) + (lastTab?.width ?? 0)).toBeLessThanOrEqual(1280);
    await page.getByRole('link', { name: 'Numérotation' }).click();
    await page.getByTestId('preview-invoice').filter({ hasText: /Prochains numéros : \d{4}-0001, \d{4}-0002/ }).waitFor();
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

    // The lines editor at 1280 px: the unit and the TVA rate with its name are read in full.
    await page.goto(`${server.baseUrl}/invoices/new`);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle facture' }).waitFor();
    await page.getByLabel('Unité, ligne 1').fill('pièce');
    await page.getByLabel('Catégorie de TVA, ligne 1').selectOption('accommodation');
    for (const label of ['Unité, ligne 1', 'Catégorie de TVA, ligne 1']) {
      expect(await textFits(page, label), label).toBe(true);
    }
    await page.goto(`${server.baseUrl}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

    await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Kunden' }).waitFor();
    expect(await navLinks(page)).toEqual(['Übersicht', 'Rechnungen', 'Offerten', 'Kunden', 'Produkte', 'Einstellungen']);
    await page.getByRole('status').filter({ hasText: 'System betriebsbereit' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de-CH');
    expect(await page.getByText('Clients', { exact: true }).count()).toBe(0);

    // In German the longest TVA category, "Von der Steuer ausgenommen", is read in full at 1280 px,
    // and the lines table still fits its card.
    await page.goto(`${server.baseUrl}/invoices/new`);
    await page.getByRole('heading', { level: 1, name: 'Neue Rechnung' }).waitFor();
    await page.getByLabel('MWST-Kategorie, Position 1').selectOption('exempt');
    expect(await textFits(page, 'MWST-Kategorie, Position 1')).toBe(true);
    const tableFits = `(() => {
      const table = document.querySelector('.lines__table');
      return table.getBoundingClientRect().right <= table.parentElement.getBoundingClientRect().right + 0.5;
    })()`;
    expect(Boolean(await page.evaluate(tableFits)), 'lines table within its card').toBe(true);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(1280);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone screen, with the navigation behind the menu button', async () => {
    const { server, browser } = running();
    // Reduced motion: the drawer appears at once, so the screenshot does not catch it mid-slide.
    const context = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const account = newAccount('Velo Rapido');
    await signUp(page, server.baseUrl, account);
    await expectNoSidewaysScroll(page, 'onboarding');
    // Registered for VAT, with a bank account: the editor shows the TVA and account selects.
    await completeOnboarding(page, { street: 'Via Nassa', buildingNumber: '5', postalCode: '6900', town: 'Lugano', uid: 'CHE-116.281.710', iban: 'CH93 0076 2011 6238 5295 7' });
    await expectNoSidewaysScroll(page, 'dashboard');

    // A client with a long name, from the form (its country select lists long names too).
    await page.goto(`${server.baseUrl}/clients/new`);
    await page.getByRole('heading', { level: 1, name: 'Nouveau client' }).waitFor();
    await expectNoSidewaysScroll(page, 'clients/new');
    await page.getByLabel('Raison sociale').fill('Fondation pour la promotion des arts et métiers du canton de Neuchâtel');
    await page.getByLabel('NPA').fill('2000');
    await page.getByLabel('Localité').fill('Neuchâtel');
    await page.getByRole('button', { name: 'Ajouter un client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByRole('link', { name: /Fondation pour la promotion/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Système opérationnel' }).waitFor();
    await expectNoSidewaysScroll(page, 'clients');
    expect(await page.getByRole('link', { name: 'Produits' }).isVisible()).toBe(false);
    await screenshot(page, 'clients-phone-fr');

    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.getByRole('link', { name: 'Produits' }).click();
    await page.getByRole('heading', { level: 1, name: 'Produits' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ouvrir le menu' }).getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    await screenshot(page, 'menu-phone-fr');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Ajouter un produit' }).first().click();
    await page.getByLabel('Nom').fill('Révision complète');
    await page.getByLabel('Prix unitaire').fill('102.70');
    await page.getByLabel('Unité').fill('pièce');
    await page.getByRole('button', { name: 'Ajouter un produit' }).click();
    await page.getByRole('link', { name: 'Révision complète' }).waitFor();
    await expectNoSidewaysScroll(page, 'products');

    // The invoice editor on a phone: lines as cards, every field wide enough for its value.
    await page.goto(`${server.baseUrl}/invoices/new`);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle facture' }).waitFor();
    await page.getByRole('combobox', { name: 'Client' }).fill('Fondation');
    await page.getByRole('option', { name: /Fondation pour la promotion/ }).click();
    await page.getByRole('combobox', { name: 'Désignation, ligne 1' }).fill('Révision du vélo');
    await page.getByLabel('Unité, ligne 1').fill('pièce');
    await page.getByLabel('Prix unitaire, ligne 1').fill('102.70');
    await page.getByLabel('Catégorie de TVA, ligne 1').selectOption('reduced');
    // 102.70 + 2.6 % TVA (2.67) = 105.37, rounded to the 5 centimes.
    await page.getByTestId('total-payable').filter({ hasText: /105.35/ }).waitFor();
    await expectNoSidewaysScroll(page, 'invoices/new');
    for (const label of ['Unité, ligne 1', 'Prix unitaire, ligne 1', 'Catégorie de TVA, ligne 1']) {
      expect(await textFits(page, label), label).toBe(true);
    }
    await screenshot(page, 'invoice-editor-phone-fr', { fullPage: false });
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
    await page.goto(`${server.baseUrl}/invoices`);
    await page.getByRole('group', { name: 'Filtrer par statut' }).waitFor();
    await expectNoSidewaysScroll(page, 'invoices');

    await page.goto(`${server.baseUrl}/quotes/new`);
    await page.getByRole('combobox', { name: 'Client' }).fill('Fondation');
    await page.getByRole('option', { name: /Fondation pour la promotion/ }).click();
    await page.getByRole('combobox', { name: 'Désignation, ligne 1' }).fill('Révision du vélo');
    await page.getByLabel('Prix unitaire, ligne 1').fill('102.70');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
    await page.goto(`${server.baseUrl}/quotes`);
    await page.getByRole('group', { name: 'Filtrer par statut' }).waitFor();
    await expectNoSidewaysScroll(page, 'quotes');

    expect(errors).toEqual([]);
    await context.close();
  });
});
