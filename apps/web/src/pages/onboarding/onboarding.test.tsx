// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch, TEST_ORGANISATION } from '../../test/render-app';

afterEach(() => cleanup());

/** Profile and VAT saved: an address, VAT registered with a UID. */
const REGISTERED = { ...TEST_ORGANISATION, language: 'fr' };
const WITH_ADDRESS = { ...REGISTERED, uid: null, vatNumber: null, vatRegistered: false };
/** A new organisation as sign-up leaves it: a name, no address, not VAT registered. */
const NEW_ORGANISATION = { ...WITH_ADDRESS, street: null, buildingNumber: null, postalCode: null, town: null, addressComplete: false };
const ACCOUNT = { id: 'b1', label: 'UBS', iban: 'CH4431999123000889012', ibanFormatted: 'CH44 3199 9123 0008 8901 2', isQrIban: true, isDefault: true, qrrPrefix: null };

function fakeApi(organisation: object, accounts: object[]) {
  const posted: unknown[] = [];
  const fetch = signedInFetch({
    '/api/organisation': () => Response.json(organisation),
    '/api/bank-accounts': (init) => {
      if (init?.method === 'POST') {
        posted.push(JSON.parse(String(init.body)));
        return Response.json({ ...ACCOUNT, id: 'b2', label: 'PostFinance', iban: 'CH9300762011623852957', ibanFormatted: 'CH93 0076 2011 6238 5295 7', isQrIban: false, isDefault: false }, { status: 201 });
      }
      return Response.json({ items: accounts, nextCursor: null });
    },
  });
  return { fetch, posted };
}

const stepHeading = (name: string) => screen.findByRole('heading', { level: 2, name });

describe('onboarding', () => {
  it.each([
    ['a new organisation', NEW_ORGANISATION, [], 'profile', 'Votre entreprise', 'Entreprise'],
    ['an address, not registered, no account', WITH_ADDRESS, [], 'vat', 'Statut TVA', 'TVA'],
    ['an address, VAT registered, no account', REGISTERED, [], 'bank', 'Compte bancaire', 'Compte bancaire'],
    ['an address and an account (the VAT step was passed)', WITH_ADDRESS, [ACCOUNT], 'logo', 'Logo', 'Logo'],
  ])('without ?step= resumes at the first step not yet done: %s', async (_name, organisation, accounts, step, title, stepLabel) => {
    const { router } = await renderApp({ path: '/onboarding', fetch: fakeApi(organisation, accounts).fetch });
    expect(await stepHeading(title)).toBeDefined();
    await waitFor(() => expect(router.state.location.search).toBe(`?step=${step}`));
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toContain(stepLabel);
  });

  it('honours an explicit ?step= even when that step is done', async () => {
    const { router } = await renderApp({ path: '/onboarding?step=profile', fetch: fakeApi(REGISTERED, [ACCOUNT]).fetch });
    expect(await stepHeading('Votre entreprise')).toBeDefined();
    expect((await screen.findByLabelText(/Localité/)).getAttribute('value')).toBe('Zürich');
    expect(router.state.location.search).toBe('?step=profile');
  });

  it('shows the saved account on the bank step, to continue without typing it again', async () => {
    const user = userEvent.setup();
    const { fetch, posted } = fakeApi(REGISTERED, [ACCOUNT]);
    const { router } = await renderApp({ path: '/onboarding?step=bank', fetch });
    expect(await screen.findByText('Ce compte est déjà enregistré. Continuez, ou ajoutez-en un autre.')).toBeDefined();
    expect(screen.getByText('CH44 3199 9123 0008 8901 2')).toBeDefined();
    expect(screen.getByText('UBS').textContent).toContain('QR-IBAN');
    expect(screen.queryByLabelText('IBAN ou QR-IBAN')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await stepHeading('Logo')).toBeDefined();
    expect(router.state.location.search).toBe('?step=logo');
    expect(posted).toEqual([]);
  });

  it('adds another account beside the saved one, not as the default', async () => {
    const user = userEvent.setup();
    const { fetch, posted } = fakeApi(REGISTERED, [ACCOUNT]);
    await renderApp({ path: '/onboarding?step=bank', fetch, language: 'de' });
    await user.click(await screen.findByRole('button', { name: 'Weiteres Konto hinzufügen' }));
    // "Cancel" goes back to the list; "add" again opens an empty form.
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByText('CH44 3199 9123 0008 8901 2')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Weiteres Konto hinzufügen' }));
    await user.type(screen.getByLabelText(/Kontobezeichnung/), 'PostFinance');
    await user.type(screen.getByLabelText('IBAN oder QR-IBAN'), 'CH93 0076 2011 6238 5295 7');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(await stepHeading('Logo')).toBeDefined();
    expect(posted).toEqual([{ label: 'PostFinance', iban: 'CH9300762011623852957', isDefault: false }]);
  });

  it('shows the form at once when the organisation has no account yet', async () => {
    await renderApp({ path: '/onboarding?step=bank', fetch: fakeApi(REGISTERED, []).fetch });
    expect(await screen.findByLabelText('IBAN ou QR-IBAN')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Passer cette étape' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Ajouter un autre compte' })).toBeNull();
  });
});
