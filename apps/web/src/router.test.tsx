// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healthyFetch, renderApp, routeFetch, signedInFetch, TEST_ME } from './test/render-app';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('app shell', () => {
  it('has the landmarks, the sections and the health status', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeDefined();
    expect(screen.getByRole('banner')).toBeDefined();
    expect(screen.getByRole('main')).toBeDefined();
    expect(screen.getByRole('contentinfo')).toBeDefined();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Tableau de bord', '/'],
      ['Factures', '/invoices'],
      ['Offres', '/quotes'],
      ['Clients', '/clients'],
      ['Produits', '/products'],
      ['Paramètres', '/settings'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Tableau de bord' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' }).getAttribute('href')).toBe('#main-content');
    expect(await screen.findByText('Système opérationnel')).toBeDefined();
  });

  it.each([
    ['/invoices', 'Factures', 'Aucune facture pour l’instant', 'Créer une facture'],
    ['/quotes', 'Offres', 'Aucune offre pour l’instant', 'Créer une offre'],
    ['/clients', 'Clients', 'Aucun client pour l’instant', 'Ajouter un client'],
    ['/products', 'Produits', 'Aucun produit pour l’instant', 'Ajouter un produit'],
  ])('%s shows its empty state with the primary action', async (path, title, empty, action) => {
    await renderApp({ path });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeDefined();
    expect(await screen.findByRole('heading', { level: 2, name: empty })).toBeDefined();
    expect(screen.getByRole('link', { name: action }).className).toContain('button--primary');
  });

  it('navigates between sections and moves focus to the new page', async () => {
    const user = userEvent.setup();
    await renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' });
    await user.click(screen.getByRole('link', { name: 'Paramètres' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    // The account settings have their own, labelled language choice besides the header's.
    await user.click(screen.getByRole('link', { name: 'Mon compte' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Langue de l’interface' })).toBeDefined();
    expect(screen.getAllByRole('combobox', { name: 'Langue' })).toHaveLength(2);
  });

  it('toggles the phone menu with an announced state', async () => {
    const user = userEvent.setup();
    await renderApp();
    const button = await screen.findByRole('button', { name: 'Ouvrir le menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Fermer le menu' }).getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Ouvrir le menu' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a not-found page for unknown paths', async () => {
    await renderApp({ path: '/nowhere' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Retour au tableau de bord' })).toBeDefined();
  });
});

describe('login page', () => {
  it('shows the API’s message beside the field it names', async () => {
    const user = userEvent.setup();
    const fetch = routeFetch({
      '/api/health': (init) => healthyFetch('/api/health', init),
      '/api/auth/login': () =>
        Response.json(
          { error: { code: 'INVALID_CREDENTIALS', message: 'The e-mail address or the password is wrong.', field: 'password', requestId: 'r1' } },
          { status: 401 },
        ),
    });
    await renderApp({ path: '/login', fetch });
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'anna@example.ch');
    await user.type(screen.getByLabelText('Mot de passe'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const password = screen.getByLabelText('Mot de passe');
    // The API's English message is replaced by the UI's sentence for its code.
    expect(await screen.findByText('Adresse e-mail ou mot de passe incorrect.')).toBeDefined();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toBe(screen.getByText('Adresse e-mail ou mot de passe incorrect.').id);
  });

  it('shows a form-level alert with the request id when the server fails', async () => {
    const user = userEvent.setup();
    const fetch = routeFetch({
      '/api/health': (init) => healthyFetch('/api/health', init),
      '/api/auth/signup': () => Response.json({ error: { code: 'INTERNAL', message: 'boom', requestId: 'req-500' } }, { status: 500 }),
    });
    await renderApp({ path: '/signup', fetch, language: 'en' });
    await user.type(await screen.findByLabelText('Business name'), 'Muster GmbH');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('An unexpected error occurred.');
    expect(alert.textContent).toContain('Reference: req-500');
  });

  it('signs in and goes to the page it was sent from', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const fetch = signedInFetch({
      '/api/auth/login': (init) => {
        sent = JSON.parse(String(init?.body));
        return Response.json(TEST_ME);
      },
    });
    const { router } = await renderApp({ path: '/login?next=/invoices', fetch });
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'anna@example.ch');
    await user.type(screen.getByLabelText('Mot de passe'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Factures' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/invoices');
    expect(sent).toEqual({ email: 'anna@example.ch', password: 'correct horse battery' });
  });
});
