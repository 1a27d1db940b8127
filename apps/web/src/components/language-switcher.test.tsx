// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('language switcher', () => {
  it('starts in French, switches every text to German, remembers it and sets <html lang>', async () => {
    const user = userEvent.setup();
    const { i18n } = await renderApp({ path: '/invoices' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Factures' })).toBeDefined();
    expect(await screen.findByText('Aucune facture pour l’instant')).toBeDefined();
    expect(document.documentElement.lang).toBe('fr-CH');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'Deutsch');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rechnungen' })).toBeDefined();
    expect(await screen.findByText('Noch keine Rechnungen')).toBeDefined();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Offerten' })).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toBeDefined();
    expect(screen.queryByText('Factures')).toBeNull();
    expect(i18n.language).toBe('de');
    expect(document.documentElement.lang).toBe('de-CH');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    await waitFor(() => expect(document.title).toBe('Rechnungen · SimpliFaq'));
  });

  it('offers the four languages, each named in itself', async () => {
    await renderApp();
    const select = await screen.findByRole('combobox', { name: 'Langue' });
    const options = [...select.querySelectorAll('option')].map((option) => [option.value, option.textContent, option.lang]);
    expect(options).toEqual([
      ['fr', 'Français', 'fr'],
      ['de', 'Deutsch', 'de'],
      ['it', 'Italiano', 'it'],
      ['en', 'English', 'en'],
    ]);
  });

  it('starts in the remembered language, and in French when nothing valid is stored', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
    expect((await createI18n()).language).toBe('it');
    expect(document.documentElement.lang).toBe('it-CH');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect((await createI18n()).language).toBe('fr');
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    const i18n = await createI18n();
    expect(i18n.language).toBe('fr');
    expect(i18n.t('nav.quotes')).toBe('Offres');
  });
});
