import { formatUid, isSwissRuleError, ISO_COUNTRY_CODES } from '@simplifaq/swiss';
import type { CsvCell } from '../../lib/csv-cells';
import type { CsvColumnSpec } from '../../lib/csv-columns';
import { foldKey, fromSynonyms } from '../../lib/csv-columns';
import { CsvRowInvalid, issuesOf } from '../../lib/csv-import';
import type { CsvIssue } from '../../lib/csv-import';
import { ZClientInput } from './client-schemas';
import type { TClientInput } from './client-schemas';
import { checkClientInput } from './client-service';

export type ClientCsvField =
  | 'kind'
  | 'name'
  | 'contactName'
  | 'street'
  | 'buildingNumber'
  | 'postalCode'
  | 'town'
  | 'country'
  | 'language'
  | 'email'
  | 'phone'
  | 'uid'
  | 'notes';

/** Header names accepted for each field (compared without case, accents, spaces or punctuation). docs/api-clients-products.md lists them. */
export const CLIENT_CSV_COLUMNS: CsvColumnSpec<ClientCsvField> = {
  kind: { synonyms: ['type', 'genre', 'Typ', 'Art', 'tipo', 'Kundenart', 'Kundentyp'] },
  name: { required: true, synonyms: ['nom', 'raison sociale', 'entreprise', 'société', 'client', 'Firma', 'Firmenname', 'Kunde', 'nome', 'ragione sociale', 'cliente', 'company'] },
  contactName: {
    synonyms: ['contact', 'personne de contact', 'interlocuteur', 'Kontakt', 'Kontaktperson', 'Ansprechpartner', 'Ansprechperson', 'contatto', 'persona di contatto', 'contact person'],
  },
  street: { synonyms: ['rue', 'nom de rue', 'Strasse', 'Straße', 'via', 'street name'] },
  buildingNumber: { synonyms: ['number', 'no', 'Nr', 'n°', 'numéro', 'numero de rue', 'Hausnummer', 'Hausnr', 'numero civico', 'house number', 'street number'] },
  postalCode: { required: true, synonyms: ['zip', 'zip code', 'postcode', 'post code', 'NPA', 'code postal', 'PLZ', 'Postleitzahl', 'CAP', 'codice postale'] },
  town: { required: true, synonyms: ['city', 'localité', 'ville', 'lieu', 'commune', 'Ort', 'Ortschaft', 'Stadt', 'Gemeinde', 'località', 'città', 'luogo', 'comune'] },
  country: { synonyms: ['country code', 'pays', 'Land', 'paese', 'nazione'] },
  language: { synonyms: ['lang', 'langue', 'Sprache', 'lingua', 'locale', 'langue de correspondance', 'Korrespondenzsprache'] },
  email: { synonyms: ['e-mail', 'mail', 'courriel', 'adresse e-mail', 'E-Mail-Adresse', 'email address', 'posta elettronica'] },
  phone: { synonyms: ['téléphone', 'tél', 'tel', 'Telefon', 'telefono', 'phone number', 'Natel', 'mobile', 'portable', 'Handy'] },
  uid: {
    synonyms: ['IDE', 'numéro IDE', 'no IDE', 'UID-Nr', 'UID-Nummer', 'VAT', 'VAT number', 'VAT no', 'numéro TVA', 'no TVA', 'N° TVA', 'TVA', 'MWST', 'MWST-Nr', 'MWST-Nummer', 'IVA', 'numero IVA', 'partita IVA'],
  },
  notes: {
    synonyms: ['note', 'remarque', 'remarques', 'commentaire', 'commentaires', 'comment', 'comments', 'Bemerkung', 'Bemerkungen', 'Notiz', 'Notizen', 'Kommentar', 'osservazioni', 'annotazioni'],
  },
};

const KIND_WORDS = {
  company: ['entreprise', 'société', 'firme', 'firma', 'unternehmen', 'azienda', 'società', 'business', 'organisation', 'organization'],
  person: ['personne', 'particulier', 'privé', 'privat', 'privatperson', 'persona', 'privato', 'individual', 'private'],
} as const;

const LANGUAGE_WORDS = {
  fr: ['français', 'french', 'französisch', 'franzoesisch', 'francese', 'f', 'fr-CH', 'fr_CH'],
  de: ['deutsch', 'allemand', 'german', 'tedesco', 'd', 'de-CH', 'de_CH'],
  it: ['italiano', 'italien', 'italian', 'italienisch', 'i', 'it-CH', 'it_CH'],
  en: ['english', 'anglais', 'englisch', 'inglese', 'e', 'en-GB', 'en-US', 'en-CH'],
} as const;

let countryNames: Map<string, string> | undefined;
/**
 * Country names in French, German, Italian and English (from ICU, as Node ships it) → ISO code,
 * so a column holding "Suisse", "Schweiz" or "Liechtenstein" imports. Names two countries share
 * after folding are left out rather than guessed.
 */
function countryByName(name: string): string | undefined {
  if (!countryNames) {
    const seen = new Map<string, string | null>();
    for (const lang of ['fr', 'de', 'it', 'en']) {
      const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      for (const code of ISO_COUNTRY_CODES) {
        const key = foldKey(names.of(code) ?? '');
        if (!key) continue;
        const before = seen.get(key);
        seen.set(key, before === undefined || before === code ? code : null);
      }
    }
    countryNames = new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
  }
  return countryNames.get(foldKey(name));
}

function countryFromCsv(text: string | undefined): string | undefined {
  if (text === undefined || /^[a-z]{2}$/i.test(text)) return text;
  return countryByName(text) ?? text;
}

// Values known to pass every check, put in place of a field already reported so that the checks
// after it still run: the JSON route stops at the first problem, a spreadsheet user wants them all.
function passingValue(field: string, input: Record<string, unknown>): unknown {
  if (field === 'name' || field === 'town') return 'x';
  if (field === 'kind') return 'company';
  if (field === 'language') return 'fr';
  // A country that is not CH or LI leaves the postal code to its length check alone: with the
  // country itself wrong, the postal code cannot be judged.
  if (field === 'country') return 'DE';
  if (field === 'postalCode') return input.country === 'CH' ? '1000' : input.country === 'LI' ? '9490' : '1';
  return null;
}

/**
 * Cells to the client input the JSON route takes, checked the same way: the schema, then the
 * QR-bill address rules and the UID (via {@link checkClientInput}). Every problem of the row is
 * reported, not only the first: throws {@link CsvRowInvalid} with all of them.
 */
export function clientFromCsv(values: Partial<Record<ClientCsvField, string>>): TClientInput {
  const candidate: Record<string, unknown> = {
    ...values,
    kind: fromSynonyms(values.kind, KIND_WORDS),
    country: countryFromCsv(values.country),
    language: fromSynonyms(values.language, LANGUAGE_WORDS),
  };
  const issues: CsvIssue[] = [];
  let parsed = ZClientInput.safeParse(candidate);
  if (!parsed.success) {
    const found = issuesOf(parsed.error);
    issues.push(...found);
    for (const { field } of found) if (field) candidate[field] = passingValue(field, candidate);
    parsed = ZClientInput.safeParse(candidate);
    if (!parsed.success) throw new CsvRowInvalid(issues);
  }
  const input = { ...parsed.data } as Record<string, unknown>;
  const reported = new Set(issues.map((i) => i.field));
  for (;;) {
    let checked: TClientInput;
    try {
      checked = checkClientInput(input as TClientInput);
    } catch (err) {
      if (!isSwissRuleError(err)) throw err;
      const [issue] = issuesOf(err);
      // A field failing again after its passing value was put in would loop: report what we have.
      if (!issue?.field || reported.has(issue.field)) throw new CsvRowInvalid(issues.length ? issues : issuesOf(err));
      issues.push(issue);
      reported.add(issue.field);
      input[issue.field] = passingValue(issue.field, input);
      continue;
    }
    if (issues.length) throw new CsvRowInvalid(issues);
    return checked;
  }
}

export const CLIENT_CSV_HEADER: readonly ClientCsvField[] = [
  'kind',
  'name',
  'contactName',
  'street',
  'buildingNumber',
  'postalCode',
  'town',
  'country',
  'language',
  'email',
  'phone',
  'uid',
  'notes',
];

type ClientRow = { [K in ClientCsvField]: K extends 'kind' | 'name' | 'postalCode' | 'town' | 'country' | 'language' ? string : string | null };

/** One export row, in {@link CLIENT_CSV_HEADER} order; the UID written as people know it (`CHE-123.456.788`). */
export function clientToCsv(c: ClientRow): CsvCell[] {
  return CLIENT_CSV_HEADER.map((field) => (field === 'uid' ? (c.uid ? formatUid(c.uid) : null) : c[field]));
}
