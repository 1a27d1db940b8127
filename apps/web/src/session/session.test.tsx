// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch, TEST_ME } from '../test/render-app';
import { readDraft, saveDraft } from './drafts';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => cleanup());

const unauthenticated = () => Response.json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.', requestId: 'r' } }, { status: 401 });
const maintenance = () => Response.json({ error: { code: 'MAINTENANCE', message: 'Maintenance', requestId: 'r' } }, { status: 503 });

describe('session', () => {
  it('sends a visitor without a session to the login page, then back to the page asked for', async () => {
    const user = userEvent.setup();
    let signedIn = false;
    const fetch = signedInFetch({
      '/api/me': () => (signedIn ? Response.json(TEST_ME) : unauthenticated()),
      '/api/auth/login': () => {
        signedIn = true;
        return Response.json(TEST_ME);
      },
    });
    const { router } = await renderApp({ path: '/clients?q=acme', fetch });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fclients%3Fq%3Dacme');
    // A first visit is no "expired session".
    expect(screen.queryByText(/session a expiré/)).toBeNull();
    await user.type(screen.getByLabelText('Adresse e-mail'), 'anna@example.ch');
    await user.type(screen.getByLabelText('Mot de passe'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeDefined();
    expect(router.state.location.pathname + router.state.location.search).toBe('/clients?q=acme');
  });

  it('says the session expired when an API call answers 401 on a page, and keeps where to return', async () => {
    const fetch = signedInFetch({ '/api/clients': unauthenticated });
    const { router } = await renderApp({ path: '/clients', fetch });
    expect(await screen.findByText('Votre session a expiré. Reconnectez-vous : vous reprendrez exactement où vous en étiez.')).toBeDefined();
    expect(router.state.location.search).toBe('?next=%2Fclients&reason=expired');
  });

  it('shows the organisation from /api/me in the header and switches between organisations', async () => {
    const user = userEvent.setup();
    const two = {
      ...TEST_ME,
      organisations: [...TEST_ME.organisations, { id: 'o2', name: 'Beispiel AG', role: 'admin' }],
    };
    let switchedTo: unknown;
    const fetch = signedInFetch({
      '/api/me': () => Response.json(two),
      '/api/me/organisation': (init) => {
        switchedTo = JSON.parse(String(init?.body));
        return Response.json({ ...two, activeOrganisationId: 'o2', role: 'admin' });
      },
    });
    await renderApp({ path: '/clients', fetch });
    const select = await screen.findByRole('combobox', { name: 'Changer d’organisation' });
    expect((select as HTMLSelectElement).value).toBe('o1');
    await user.selectOptions(select, 'Beispiel AG');
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Changer d’organisation' }) as HTMLSelectElement).value).toBe('o2'));
    expect(switchedTo).toEqual({ organisationId: 'o2' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeDefined();
  });

  it('logs out from the user menu, forgetting unsaved drafts', async () => {
    const user = userEvent.setup();
    let loggedOut = false;
    const fetch = signedInFetch({
      '/api/auth/logout': () => {
        loggedOut = true;
        return new Response(null, { status: 204 });
      },
    });
    saveDraft('invoice:new', { lines: [] });
    const { router } = await renderApp({ path: '/', fetch });
    const banner = await screen.findByRole('banner');
    await user.click(await within(banner).findByRole('button', { name: /Anna Muster/ }));
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeDefined();
    expect(loggedOut).toBe(true);
    expect(router.state.location.pathname).toBe('/login');
    expect(readDraft('invoice:new')).toBeUndefined();
  });

  it('shows the maintenance page on a 503 MAINTENANCE, then gives the page back when the API is back', async () => {
    const user = userEvent.setup();
    let down = true;
    const fetch = signedInFetch({
      '/api/health': () => (down ? maintenance() : Response.json({ status: 'ok', instance: 'i', version: '1', uptime: 1, checks: {} })),
      '/api/clients': () => (down ? maintenance() : Response.json({ items: [], nextCursor: null })),
    });
    await renderApp({ path: '/clients', fetch });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maintenance en cours' })).toBeDefined();
    expect(screen.queryByRole('heading', { level: 1, name: 'Clients' })).toBeNull();
    down = false;
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeDefined();
    expect(screen.queryByRole('heading', { level: 1, name: 'Maintenance en cours' })).toBeNull();
  });
});

describe('password reset', () => {
  it('asks for a link and answers the same whether the account exists or not', async () => {
    const user = userEvent.setup();
    let asked: unknown;
    const fetch = signedInFetch({
      '/api/auth/password-reset': (init) => {
        asked = JSON.parse(String(init?.body));
        return new Response(null, { status: 202 });
      },
    });
    await renderApp({ path: '/login', fetch });
    await user.click(await screen.findByRole('link', { name: 'Mot de passe oublié ?' }));
    await screen.findByRole('heading', { level: 1, name: 'Mot de passe oublié' });
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'anna@example.ch');
    await user.click(screen.getByRole('button', { name: 'Envoyer le lien' }));
    expect(await screen.findByText(/Si un compte existe pour anna@example.ch/)).toBeDefined();
    expect(asked).toEqual({ email: 'anna@example.ch', language: 'fr' });
  });

  it('sets a new password with the token of the link, refusing two different entries first', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const token = 'a'.repeat(43);
    const fetch = signedInFetch({
      '/api/auth/password-reset/confirm': (init) => {
        sent = JSON.parse(String(init?.body));
        return new Response(null, { status: 204 });
      },
    });
    const { router } = await renderApp({ path: `/reset-password?token=${token}`, fetch });
    await user.type(await screen.findByLabelText('Nouveau mot de passe'), 'a long new passphrase');
    await user.type(screen.getByLabelText('Confirmez le mot de passe'), 'a long new passphrasf');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Les deux mots de passe ne sont pas identiques.')).toBeDefined();
    expect(sent).toBeUndefined();
    await user.clear(screen.getByLabelText('Confirmez le mot de passe'));
    await user.type(screen.getByLabelText('Confirmez le mot de passe'), 'a long new passphrase');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Votre mot de passe a été changé. Connectez-vous avec le nouveau.')).toBeDefined();
    expect(sent).toEqual({ token, password: 'a long new passphrase' });
    expect(router.state.location.pathname).toBe('/login');
  });

  it('explains an expired link', async () => {
    const user = userEvent.setup();
    const fetch = signedInFetch({
      '/api/auth/password-reset/confirm': () =>
        Response.json({ error: { code: 'RESET_TOKEN_INVALID', message: 'expired', field: 'token', requestId: 'r' } }, { status: 400 }),
    });
    await renderApp({ path: `/reset-password?token=${'b'.repeat(43)}`, fetch, language: 'de' });
    await user.type(await screen.findByLabelText('Neues Passwort'), 'a long new passphrase');
    await user.type(screen.getByLabelText('Passwort bestätigen'), 'a long new passphrase');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    expect(await screen.findByText(/Dieser Link ist nicht mehr gültig/)).toBeDefined();
  });
});
