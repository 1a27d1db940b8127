// The app shell on the real API server in headless Chromium: French by default, the health of
// the server shown as operational, the switch to German, and the layout on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, startApiServer, watchErrors } from './harness';
import type { ApiServer } from './harness';

let server: ApiServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startApiServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function running(): { server: ApiServer; browser: Browser } {
  if (!server || !browser) throw new Error('beforeAll did not start the server and the browser');
  return { server, browser };
}

const navLinks = (page: Page) => page.locator('nav#app-navigation').getByRole('link').allTextContents();

describe('app shell', () => {
  it('shows the French UI with the system operational, then German after switching', async () => {
    const { server, browser } = running();
    // A German-speaking browser still starts in French: French is the product's default until the
    // user picks a language.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-CH' });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CH');
    expect(await page.title()).toBe('Tableau de bord · SimpliFaq');
    expect(await navLinks(page)).toEqual(['Tableau de bord', 'Factures', 'Offres', 'Clients', 'Produits', 'Paramètres']);
    await page.getByRole('status').filter({ hasText: 'Système opérationnel' }).waitFor();
    await screenshot(page, 'dashboard-fr');

    await page.getByRole('link', { name: 'Factures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Aucune facture pour l’instant' }).waitFor();
    expect(await page.getByRole('link', { name: 'Créer une facture' }).isVisible()).toBe(true);
    await screenshot(page, 'invoices-fr');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Rechnungen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Noch keine Rechnungen' }).waitFor();
    expect(await navLinks(page)).toEqual(['Übersicht', 'Rechnungen', 'Offerten', 'Kunden', 'Produkte', 'Einstellungen']);
    await page.getByRole('status').filter({ hasText: 'System betriebsbereit' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de-CH');
    expect(await page.getByText('Factures', { exact: true }).count()).toBe(0);
    await screenshot(page, 'invoices-de');

    // The choice is remembered, and a deep link is served by the API's SPA fallback.
    await page.goto(`${server.baseUrl}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'System betriebsbereit' }).waitFor();
    await screenshot(page, 'settings-de');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone screen, with the navigation behind the menu button', async () => {
    const { server, browser } = running();
    // Reduced motion: the drawer appears at once, so the screenshot does not catch it mid-slide.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(`${server.baseUrl}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Système opérationnel' }).waitFor();
    // Nothing wider than the screen: no sideways scrolling.
    // A string expression: the e2e files are type-checked without the DOM library.
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
    expect(await page.getByRole('link', { name: 'Produits' }).isVisible()).toBe(false);
    await screenshot(page, 'clients-phone-fr');

    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.getByRole('link', { name: 'Produits' }).click();
    await page.getByRole('heading', { level: 1, name: 'Produits' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ouvrir le menu' }).getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    await screenshot(page, 'menu-phone-fr');

    expect(errors).toEqual([]);
    await context.close();
  });
});
