// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SWISS_TVA_RATES } from '@simplifaq/swiss/tva';
import { renderApp, signedInFetch } from '../../test/render-app';

beforeEach(() => sessionStorage.clear());
afterEach(() => cleanup());

const organisation = { id: 'o1', name: 'Muster GmbH', street: 'Bahnhofstrasse', buildingNumber: '1', postalCode: null, town: null, country: 'CH', vatRegistered: true, uid: 'CHE-100.155.212', vatNumber: null, currency: 'CHF', updatedAt: '2026-01-01T00:00:00Z' };
const client = { id: 'c1', name: 'Müller AG', street: 'Bahnhofstrasse', buildingNumber: '2', postalCode: '8001', town: 'Zürich', country: 'CH', contactName: null };
const text = (element: Element) => element.textContent?.replace(/\s/g, ' ').trim();

function api(overrides = {}) {
  return signedInFetch({
    '/api/organisation': () => Response.json(organisation),
    '/api/bank-accounts': () => Response.json({ items: [{ id: 'b1', label: 'UBS', iban: 'CH4431999123000889012', ibanFormatted: 'CH44 3199 9123 0008 8901 2', isQrIban: true, isDefault: true, qrrPrefix: null }], nextCursor: null }),
    '/api/clients': () => Response.json({ items: [client], nextCursor: null }),
    '/api/clients/c1': () => Response.json(client),
    ...overrides,
  });
}

describe('invoice editor', () => {
  it('computes totals and the TVA summary as the lines are typed, net or gross', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/invoices/new', fetch: api() });
    await user.type(await screen.findByRole('combobox', { name: 'Désignation, ligne 1' }), 'Conseil');
    await user.clear(screen.getByLabelText('Quantité, ligne 1'));
    await user.type(screen.getByLabelText('Quantité, ligne 1'), '1,5');
    await user.type(screen.getByLabelText('Prix unitaire, ligne 1'), "1'000");
    await user.type(screen.getByLabelText('Rabais en %, ligne 1'), '10');
    expect(text(screen.getByRole('status', { name: 'Montant, ligne 1' }))).toBe('1 350.00');
    // 1350.00 + 8.1 % = 109.35 → 1459.35, rounded to 0.05 → 1459.35
    expect(text(screen.getByTestId('total-payable'))).toBe('1 459.35 CHF');
    expect(screen.getAllByTestId('tva-row').map(text)).toEqual(['TVA Normal 8,1 % sur 1 350.00 CHF109.35 CHF']);

    await user.selectOptions(screen.getByLabelText('Prix saisis'), 'gross');
    // The same price now includes TVA: 1350.00 × 8.1 / 108.1 = 101.156… → 101.16 of TVA.
    expect(text(screen.getByTestId('total-payable'))).toBe('1 350.00 CHF');
    expect(screen.getAllByTestId('tva-row').map(text)).toEqual(['TVA Normal 8,1 % sur 1 248.84 CHF101.16 CHF']);

    // An exempt line is summed under its category, without a "0 %" that would read as a rate.
    await user.click(screen.getByRole('button', { name: 'Ajouter une ligne' }));
    await user.type(screen.getByRole('combobox', { name: 'Désignation, ligne 2' }), 'Frais de port');
    await user.type(screen.getByLabelText('Prix unitaire, ligne 2'), '32.20');
    await user.selectOptions(screen.getByLabelText('Catégorie de TVA, ligne 2'), 'exempt');
    expect(screen.getAllByTestId('tva-row').map(text)).toEqual(['TVA Normal 8,1 % sur 1 248.84 CHF101.16 CHF', 'Exclu de la TVA : 32.20 CHF0.00 CHF']);
    await user.click(screen.getByRole('button', { name: 'Supprimer la ligne 2' }));

    await user.clear(screen.getByLabelText('Prix unitaire, ligne 1'));
    await user.type(screen.getByLabelText('Prix unitaire, ligne 1'), '10.005');
    expect(await screen.findByText('Ligne 1 : Un montant a au plus deux décimales.')).toBeDefined();
  });

  it('calculates with the API’s rate table: a rate row added for 2028 applies to a supply in 2028', async () => {
    // A fictitious 8.5 % normal rate from 2028: the row in force gets its end, the new row follows.
    const table = [
      ...SWISS_TVA_RATES.map((row) => (row.category === 'normal' && row.validTo === null ? { ...row, validTo: '2028-01-01' } : row)),
      { category: 'normal', rateBp: 850, validFrom: '2028-01-01', validTo: null },
    ];
    const user = userEvent.setup();
    await renderApp({ path: '/invoices/new', fetch: api({ '/api/tva-rates': () => Response.json({ items: table }) }) });
    await user.type(await screen.findByRole('combobox', { name: 'Désignation, ligne 1' }), 'Conseil');
    await user.type(screen.getByLabelText('Prix unitaire, ligne 1'), '1000');
    fireEvent.change(screen.getByLabelText('Date de la prestation'), { target: { value: '2027-12-31' } });
    expect(screen.getAllByTestId('tva-row').map(text)).toEqual(['TVA Normal 8,1 % sur 1 000.00 CHF81.00 CHF']);

    fireEvent.change(screen.getByLabelText('Date de la prestation'), { target: { value: '2028-03-01' } });
    await waitFor(() => expect(screen.getAllByTestId('tva-row').map(text)).toEqual(['TVA Normal 8,5 % sur 1 000.00 CHF85.00 CHF']));
    expect(text(screen.getByTestId('total-payable'))).toBe('1 085.00 CHF');
    expect(within(screen.getByLabelText('Catégorie de TVA, ligne 1')).getByRole('option', { name: 'Normal 8,5\u00a0%' })).toBeDefined();
  });

  it.each([
    ['de', 'MWST-Kategorie, Position 1', 'Von der Steuer ausgenommen'],
    ['fr', 'Catégorie de TVA, ligne 1', 'Hébergement 3,8\u00a0%'],
    ['en', 'VAT category, line 1', 'Zero-rated (export)'],
  ] as const)('makes the TVA select wide enough for the longest category of the language (%s)', async (language, label, longest) => {
    await renderApp({ path: '/invoices/new', fetch: api(), language });
    const select = await screen.findByLabelText(label);
    const labels = within(select).getAllByRole('option').map((option) => option.textContent ?? '');
    expect(labels).toContain(longest);
    expect(Math.max(...labels.map((text) => text.length))).toBe(longest.length);
    // editor.css turns the number into the select's min-width in ch (layout is checked by e2e).
    expect(select.closest('table')?.style.getPropertyValue('--tva-label-chars')).toBe(String(longest.length));
  });

  it('shows the discount on the total and the 5-Rappen rounding on the paper preview too', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/invoices/new', fetch: api() });
    await user.type(await screen.findByRole('combobox', { name: 'Désignation, ligne 1' }), 'Conseil');
    await user.type(screen.getByLabelText('Prix unitaire, ligne 1'), '99.99');
    await user.type(screen.getByLabelText('Rabais sur le total (%)'), '5');
    const paper = screen.getByRole('article', { name: 'Aperçu du document' });
    expect(within(paper).queryByRole('columnheader', { name: 'Rabais %' })).toBeNull();
    // 99.99 − 5 % (5.00) = 94.99; TVA 7.69; 102.68 rounded to 102.70.
    expect(within(paper).getAllByRole('definition').map((dd) => `${text(dd.previousElementSibling!)}: ${text(dd)}`)).toEqual([
      'Sous-total: 99.99 CHF',
      'Rabais 5 %: -5.00 CHF',
      'Total hors TVA: 94.99 CHF',
      'TVA Normal 8,1 % sur 94.99 CHF: 7.69 CHF',
      'Total TVA: 7.69 CHF',
      'Arrondi: 0.02 CHF',
      'Total à payer: 102.70 CHF',
    ]);

    // A line discount adds its column, as on the PDF.
    await user.type(screen.getByLabelText('Rabais en %, ligne 1'), '10');
    expect(within(paper).getAllByRole('row').map((row) => Array.from(row.children, text).join(' | '))).toEqual([
      'Désignation | Quantité | Prix unitaire (CHF) | Rabais % | Montant',
      'Conseil | 1 | 99.99 | 10 | 89.99',
    ]);
  });

  it('puts a picked product on the line at its price in the invoice’s price mode', async () => {
    const user = userEvent.setup();
    const bread = { id: 'p1', name: 'Pain au levain', description: null, unit: 'pce', unitPrice: 650, priceMode: 'gross', tvaCategory: 'reduced', archivedAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const advice = { ...bread, id: 'p2', name: 'Conseil', unit: 'h', unitPrice: 9500, priceMode: 'net', tvaCategory: 'normal' };
    await renderApp({ path: '/invoices/new', fetch: api({ '/api/products': () => Response.json({ items: [bread, advice], nextCursor: null }) }) });
    // Prices "Hors TVA": 6.50 TTC at 2.6 % is 6.34 HT (650 / 1.026 = 633.5…), as the API converts it.
    await user.type(await screen.findByRole('combobox', { name: 'Désignation, ligne 1' }), 'Pain');
    await user.click(await screen.findByRole('option', { name: /Pain au levain/ }));
    expect((screen.getByLabelText('Prix unitaire, ligne 1') as HTMLInputElement).value).toBe('6.34');
    expect(text(screen.getByRole('status', { name: 'Montant, ligne 1' }))).toBe('6.34');

    // Prices "TVA incluse": 95.00 HT at 8.1 % is 102.70 TTC (9500 × 0.081 = 769.5 → 770).
    await user.selectOptions(screen.getByLabelText('Prix saisis'), 'gross');
    await user.click(screen.getByRole('button', { name: /Ajouter une ligne/ }));
    await user.type(screen.getByRole('combobox', { name: 'Désignation, ligne 2' }), 'Cons');
    await user.click(await screen.findByRole('option', { name: /Conseil/ }));
    expect((screen.getByLabelText('Prix unitaire, ligne 2') as HTMLInputElement).value).toBe('102.70');
  });

  it('names the QR-bill problems before issuing, and keeps the issue button off until they are fixed', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/invoices/new', fetch: api() });
    const picker = await screen.findByRole('combobox', { name: 'Client' });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: /Müller AG/ }));
    await user.type(screen.getByRole('combobox', { name: 'Désignation, ligne 1' }), 'Conseil');
    await user.type(screen.getByLabelText('Prix unitaire, ligne 1'), '100');
    await user.selectOptions(screen.getByLabelText('Référence de paiement'), 'NON');
    const preflight = await screen.findByRole('region', { name: /points à régler avant d’émettre/ });
    const items = within(preflight).getAllByRole('listitem').map(text);
    expect(items).toEqual([
      'Votre entreprise, NPA : Ce champ est obligatoire. Corriger',
      'Votre entreprise, Localité : Ce champ est obligatoire. Corriger',
      'Compte bancaire : Un QR-IBAN exige une référence QR (QRR) ; un IBAN ordinaire une référence créancier (SCOR) ou aucune.',
    ]);
    expect(within(preflight).getAllByRole('link', { name: 'Corriger' })[0]?.getAttribute('href')).toBe('/settings/organisation');
    expect((screen.getByRole('button', { name: 'Émettre la facture…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps what was typed in the tab across a reload, and offers to go back to the saved version', async () => {
    const user = userEvent.setup();
    const first = await renderApp({ path: '/invoices/new', fetch: api() });
    await user.type(await screen.findByRole('combobox', { name: 'Désignation, ligne 1' }), 'Pose');
    await waitFor(() => expect(sessionStorage.getItem('simplifaq.draft.invoice:new')).toContain('Pose'));
    first.unmount();
    await renderApp({ path: '/invoices/new', fetch: api() });
    expect(await screen.findByText(/Vos modifications non enregistrées du .* ont été restaurées\./)).toBeDefined();
    expect((screen.getByRole('combobox', { name: 'Désignation, ligne 1' }) as HTMLInputElement).value).toBe('Pose');
    await user.click(screen.getByRole('button', { name: 'Revenir à la version enregistrée' }));
    expect((screen.getByRole('combobox', { name: 'Désignation, ligne 1' }) as HTMLInputElement).value).toBe('');
    expect(sessionStorage.getItem('simplifaq.draft.invoice:new')).toBeNull();
  });
});

describe('invoice editor without a client', () => {
  it('asks for the client in plain words', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/invoices/new', fetch: api() });
    await user.type(await screen.findByRole('combobox', { name: 'Désignation, ligne 1' }), 'Conseil');
    const preflight = await screen.findByRole('region', { name: /à régler avant d’émettre/ });
    expect(within(preflight).getAllByRole('listitem').map(text)).toContain('Client : Choisissez un client.');
  });
});
