// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBasisPoints } from '../../i18n/percent';
import { renderApp, signedInFetch } from '../../test/render-app';

afterEach(() => cleanup());

const preview = (rows: { row: number; data: unknown; errors: unknown[] }[]) => ({
  dryRun: true,
  total: rows.length,
  valid: rows.filter((r) => r.data).length,
  invalid: rows.filter((r) => !r.data).length,
  columns: { name: 'Désignation', unitPrice: 'Prix', tvaCategory: 'TVA' },
  ignoredColumns: ['Remarque'],
  rows,
  errors: rows.flatMap((r) => r.errors),
});

const BAD_FILE = 'Désignation;Prix;TVA\nHeure de conseil;120;normal\nLivre;12.345;réduit';
const GOOD_FILE = 'Désignation;Prix;TVA\nHeure de conseil;120;normal';
const size = (text: string) => new Blob([text]).size;

const good = { row: 2, data: { name: 'Heure de conseil', description: null, unit: 'h', unitPrice: 12000, priceMode: 'net', tvaCategory: 'normal' }, errors: [] };
const bad = { row: 3, data: null, errors: [{ row: 3, field: 'unitPrice', code: 'AMOUNT_PRECISION', message: 'english' }] };

describe('products CSV import', () => {
  it('previews what will be created, refuses a file with a bad row, then imports a good one', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const fetch = signedInFetch({
      '/api/products/import': (init, url) => {
        const body = init?.body;
        calls.push(`${url?.searchParams.get('dryRun')}:${(init?.headers as Record<string, string>)['content-type']}:${body instanceof Blob ? body.size : typeof body}`);
        // The first file has a row with three decimals in its price.
        if (url?.searchParams.get('dryRun') === 'true') return Response.json(preview(calls.length === 1 ? [good, bad] : [good]));
        return Response.json({ created: 1, ids: ['p1'] }, { status: 201 });
      },
    });
    await renderApp({ path: '/products', fetch });
    await screen.findByRole('heading', { level: 2, name: 'Aucun produit pour l’instant' });
    await user.click(await screen.findByRole('button', { name: 'Importer un CSV' }));
    const input = (await screen.findByLabelText('Choisir un fichier…')) as HTMLInputElement;
    await user.upload(input, new File([BAD_FILE], 'produits.csv', { type: 'text/csv' }));
    expect(await screen.findByText('1 ligne sur 2 contient des erreurs : corrigez le fichier et choisissez-le à nouveau.')).toBeDefined();
    expect(screen.getByText('Prix unitaire : Un montant a au plus deux décimales.')).toBeDefined();
    expect(screen.getByText('Colonnes ignorées : Remarque.')).toBeDefined();
    // All rows or none: with a wrong row there is nothing to import, so no button offers it.
    expect(screen.queryByRole('button', { name: /^Importer \d/ })).toBeNull();

    await user.upload(screen.getByLabelText('Choisir un autre fichier…'), new File([GOOD_FILE], 'produits.csv', { type: 'text/csv' }));
    expect(await screen.findByText('1 ligne valable, prête à être importée.')).toBeDefined();
    const row = screen.getByRole('row', { name: /Heure de conseil/ });
    expect(row.textContent).toContain('120.00');
    expect(row.textContent).toContain('Normal');
    await user.click(screen.getByRole('button', { name: 'Importer 1 ligne' }));
    expect(await screen.findByText('1 produit importé.')).toBeDefined();
    // The file itself is sent, as text/csv: a preview per file chosen, then the import.
    await waitFor(() => expect(calls).toEqual([`true:text/csv:${size(BAD_FILE)}`, `true:text/csv:${size(GOOD_FILE)}`, `false:text/csv:${size(GOOD_FILE)}`]));
  });
});

describe('product form', () => {
  it('writes the rates of the TVA hint as the options write them, in the locale', async () => {
    await renderApp({ path: '/products/new', language: 'de' });
    const category = await screen.findByLabelText('MWST-Kategorie');
    const rate = (bp: number) => formatBasisPoints(bp, 'de-CH');
    expect(within(category).getByRole('option', { name: `Normal ${rate(810)}` })).toBeDefined();
    // getByText compares with the page's text, whose no-break spaces it reads as spaces.
    const hint = `Der Satz richtet sich nach dem Leistungsdatum (seit 2024: ${rate(810)} normal, ${rate(260)} reduziert, ${rate(380)} Beherbergung).`;
    expect(screen.getByText(hint.replace(/\u00a0/g, ' '))).toBeDefined();
    expect(within(category).getByRole('option', { name: 'Von der Steuer ausgenommen' })).toBeDefined();
  });
});
