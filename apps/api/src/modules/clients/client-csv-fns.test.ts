import { describe, expect, it } from 'vitest';
import { foldKey } from '../../lib/csv-columns';
import { CsvRowInvalid, issuesOf } from '../../lib/csv-import';
import { CLIENT_CSV_COLUMNS, CLIENT_CSV_HEADER, clientFromCsv, clientToCsv } from './client-csv-fns';

const acme = { name: 'Acme SA', street: 'Rue du Lac', buildingNumber: '12', postalCode: '1003', town: 'Lausanne' };
const problems = (values: Record<string, string | undefined>) => {
  try {
    clientFromCsv(values);
  } catch (err) {
    return issuesOf(err).map((i) => `${i.field}:${i.code}`);
  }
  return [];
};

describe('CLIENT_CSV_COLUMNS', () => {
  it('gives every header name to one field only', () => {
    const owner = new Map<string, string>();
    for (const [field, { synonyms }] of Object.entries(CLIENT_CSV_COLUMNS)) {
      for (const key of [field, ...synonyms].map(foldKey)) {
        expect(owner.get(key) ?? field, key).toBe(field);
        owner.set(key, field);
      }
    }
  });
});

describe('clientFromCsv', () => {
  it('applies the JSON route’s defaults and stores the UID as its digits', () => {
    expect(clientFromCsv({ ...acme, uid: 'CHE-100.155.212 TVA' })).toEqual({ ...acme, kind: 'company', country: 'CH', language: 'fr', uid: '100155212' });
  });

  it.each([
    [{ country: 'Suisse' }, 'country', 'CH'],
    [{ country: 'Schweiz' }, 'country', 'CH'],
    [{ country: 'svizzera' }, 'country', 'CH'],
    [{ country: 'li', postalCode: '9490', town: 'Vaduz' }, 'country', 'LI'],
    [{ country: 'Allemagne', postalCode: '79539', town: 'Lörrach' }, 'country', 'DE'],
    [{ language: 'Deutsch' }, 'language', 'de'],
    [{ language: 'italien' }, 'language', 'it'],
    [{ language: 'EN' }, 'language', 'en'],
    [{ language: 'fr-CH' }, 'language', 'fr'],
    [{ kind: 'Privé' }, 'kind', 'person'],
    [{ kind: 'Firma' }, 'kind', 'company'],
  ])('reads %j', (change, field, value) => {
    expect(clientFromCsv({ ...acme, ...change })[field as 'country']).toBe(value);
  });

  it.each([
    [{ postalCode: '999' }, ['postalCode:POSTAL_CODE_INVALID']],
    [{ country: 'Atlantis' }, ['country:VALIDATION_FAILED']],
    [{ country: 'XX' }, ['country:COUNTRY_INVALID']],
    [{ town: 'Genève — Centre' }, ['town:CHARSET_INVALID']],
    [{ uid: 'CHE-100.155.213' }, ['uid:UID_CHECK_DIGIT']],
    [{ uid: 'CHE-1' }, ['uid:UID_FORMAT']],
    [{ language: 'klingon' }, ['language:VALIDATION_FAILED']],
    [{ email: 'nope', name: undefined }, ['name:VALIDATION_FAILED', 'email:VALIDATION_FAILED']],
    // Every problem of the row, not only the first the JSON route would stop at.
    [{ email: 'nope', town: 'Genève — Centre', postalCode: '999', uid: 'CHE-100.155.213' }, ['email:VALIDATION_FAILED', 'town:CHARSET_INVALID', 'postalCode:POSTAL_CODE_INVALID', 'uid:UID_CHECK_DIGIT']],
    [{ country: 'XX', postalCode: '79539' }, ['country:COUNTRY_INVALID']],
    [{ country: 'Atlantis', postalCode: '12', name: 'x'.repeat(71) }, ['name:VALIDATION_FAILED', 'country:VALIDATION_FAILED']],
  ])('reports %j as %j', (change, expected) => {
    expect(problems({ ...acme, ...change })).toEqual(expected);
  });

  it('reads a row it exported back to the same client', () => {
    const c = { ...acme, kind: 'person', contactName: null, country: 'CH', language: 'de', email: 'a@b.ch', phone: '+41 21 123 45 67', uid: '100155212', notes: '@home\r\n=1+1' };
    const cells = clientToCsv(c);
    expect(cells[CLIENT_CSV_HEADER.indexOf('uid')]).toBe('CHE-100.155.212');
    const values = Object.fromEntries(CLIENT_CSV_HEADER.map((f, i) => [f, cells[i] ?? undefined]).filter(([, v]) => v !== undefined && v !== null));
    const { contactName: _none, ...expected } = c;
    expect(clientFromCsv(values)).toEqual(expected);
  });

  it('throws every row problem together, as one CsvRowInvalid', () => {
    expect(() => clientFromCsv({ ...acme, postalCode: 'x' })).toThrow(CsvRowInvalid);
  });
});
