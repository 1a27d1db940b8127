// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch, TEST_ME } from '../../test/render-app';

afterEach(() => cleanup());

const JOINED = { ...TEST_ME, organisations: [...TEST_ME.organisations, { id: 'o2', name: 'Atelier Rochat', role: 'member' }], activeOrganisationId: 'o2', role: 'member' };

/**
 * The API as it behaves: a token is single-use, so the first POST joins (200) and any later one is
 * refused (400 INVITATION_INVALID). Counts the POSTs.
 */
function invitationApi() {
  const posts: string[] = [];
  let joined = false;
  const fetch = signedInFetch({
    '/api/me': () => Response.json(joined ? JOINED : TEST_ME),
    '/api/invitations/accept': async (init) => {
      posts.push(String(init?.body));
      // The answer takes a while, as over the network: a remount happens while it is on its way.
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (joined) return Response.json({ error: { code: 'INVITATION_INVALID', message: 'english', requestId: 'r' } }, { status: 400 });
      joined = true;
      return Response.json({ organisation: { id: 'o2', name: 'Atelier Rochat' }, role: 'member' });
    },
  });
  return { fetch, posts };
}

describe('accepting an invitation', () => {
  it('sends the token once under StrictMode, joins and goes to the dashboard', async () => {
    const { fetch, posts } = invitationApi();
    const token = 'a'.repeat(43);
    const { router } = await renderApp({ path: `/invitations/accept?token=${token}`, fetch, strict: true });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' });
    expect(posts).toEqual([JSON.stringify({ token })]);
    expect(screen.queryByText(/Ce lien d’invitation n’est pas valable/)).toBeNull();
  });

  it('takes up the request already sent when the page is mounted a second time', async () => {
    const { fetch, posts } = invitationApi();
    const token = 'b'.repeat(43);
    // The first page is gone (the router remounted it) before the API answered.
    await renderApp({ path: `/invitations/accept?token=${token}`, fetch });
    await waitFor(() => expect(posts).toHaveLength(1));
    cleanup();
    const { router } = await renderApp({ path: `/invitations/accept?token=${token}`, fetch });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(posts).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
