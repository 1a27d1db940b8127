import { isIsoCountryCode, isValidPostalCode, QR_ADDRESS_MAX_LENGTHS } from '@simplifaq/swiss/address';
import type { QrAddress } from '@simplifaq/swiss/address';
import { findInvalidQrCharacter } from '@simplifaq/swiss/charset';
import { isSwissRuleError } from '@simplifaq/swiss/errors';
import { chooseReferenceType } from '@simplifaq/swiss/reference';
import type { BankAccount } from '../../api/bank-accounts';
import type { Client } from '../../api/clients';
import type { Organisation } from '../../api/organisation';
import type { DocumentDraft, ParsedDraft } from './editor-state';
import type { LiveTotals } from './live-totals';

/** What a problem is about, for its heading and the page where it is fixed. */
export type PreflightArea = 'creditor' | 'debtor' | 'bank' | 'lines' | 'amount' | 'vat';

export interface PreflightIssue {
  area: PreflightArea;
  code: string;
  /** The address field (`postalCode`, `town`…) or document field at fault. */
  field?: string;
  params?: Record<string, string | number>;
}

type AddressField = keyof typeof QR_ADDRESS_MAX_LENGTHS | 'country';

// IG QR-bill 2.3, §4.2.2 "Amt": 0.01 to 999 999 999.99 (the same bounds as packages/swiss's
// QR_AMOUNT_MIN/MAX, kept here so the editor's chunk does not pull in the QR-bill builder).
const QR_AMOUNT_MIN = 1n;
const QR_AMOUNT_MAX = 99_999_999_999n;

/**
 * Every problem of an address on a QR-bill at once (IG QR-bill 2.3, §4.2.2, structured address
 * `S`), where validateQrAddress stops at the first: required name, postal code and town, lengths,
 * the character set, the ISO country and Swiss/Liechtenstein postal codes.
 */
export function addressIssues(address: QrAddress, area: 'creditor' | 'debtor'): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  const required: AddressField[] = ['name', 'postalCode', 'town'];
  for (const field of Object.keys(QR_ADDRESS_MAX_LENGTHS) as (keyof typeof QR_ADDRESS_MAX_LENGTHS)[]) {
    const text = (address[field] ?? '').trim();
    if (text === '') {
      if (required.includes(field)) issues.push({ area, code: 'FIELD_REQUIRED', field });
      continue;
    }
    const invalid = findInvalidQrCharacter(text);
    if (invalid) issues.push({ area, code: 'CHARSET_INVALID', field, params: { character: invalid.character } });
    if (text.length > QR_ADDRESS_MAX_LENGTHS[field]) issues.push({ area, code: 'FIELD_TOO_LONG', field, params: { max: QR_ADDRESS_MAX_LENGTHS[field] } });
  }
  const country = (address.country ?? '').trim().toUpperCase();
  if (!isIsoCountryCode(country)) issues.push({ area, code: 'COUNTRY_INVALID', field: 'country' });
  const postalCode = (address.postalCode ?? '').trim();
  if (postalCode !== '' && isIsoCountryCode(country) && !isValidPostalCode(country, postalCode)) {
    issues.push({ area, code: 'POSTAL_CODE_INVALID', field: 'postalCode' });
  }
  return issues;
}

/**
 * Whether the account refuses the draft's reference type (IG QR-bill 2.3, §4.2.2 "Tp": a QR-IBAN
 * takes a QR reference, an ordinary IBAN never does), asked of packages/swiss as the API does at
 * issue: SCOR is the editor's "automatic" choice, so it is passed as no request.
 */
function referenceTypeMismatch(account: BankAccount, draft: DocumentDraft): boolean {
  try {
    chooseReferenceType(account.iban, draft.referenceType === 'SCOR' ? null : draft.referenceType);
    return false;
  } catch (error) {
    // Any other error is about the stored IBAN, which the API checked when the account was saved.
    return isSwissRuleError(error) && error.code === 'REFERENCE_TYPE_MISMATCH';
  }
}

/** The account the invoice will be paid to: the one chosen, else the default, else the oldest. */
export function issuingAccount(accounts: readonly BankAccount[], chosenId: string): BankAccount | undefined {
  if (chosenId) return accounts.find((account) => account.id === chosenId);
  return accounts.find((account) => account.isDefault) ?? accounts[0];
}

export interface PreflightInput {
  organisation: Organisation;
  bankAccounts: readonly BankAccount[];
  client: Client | null;
  draft: DocumentDraft;
  parsed: ParsedDraft;
  totals: LiveTotals;
}

/**
 * What would stop this invoice from being issued with a valid QR-bill, named before the user
 * clicks "issue": the same rules the API applies at issue, run on what is on screen.
 */
export function preflight({ organisation, bankAccounts, client, draft, parsed, totals }: PreflightInput): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  issues.push(
    ...addressIssues(
      {
        name: organisation.name,
        street: organisation.street,
        buildingNumber: organisation.buildingNumber,
        postalCode: organisation.postalCode ?? '',
        town: organisation.town ?? '',
        country: organisation.country,
      },
      'creditor',
    ),
  );
  if (organisation.vatRegistered && !organisation.uid) issues.push({ area: 'vat', code: 'VAT_NUMBER_REQUIRED' });

  if (!client) issues.push({ area: 'debtor', code: 'CLIENT_REQUIRED', field: 'clientId' });
  else issues.push(...addressIssues(client, 'debtor'));

  const account = issuingAccount(bankAccounts, draft.bankAccountId);
  if (!account) {
    issues.push({ area: 'bank', code: 'NO_BANK_ACCOUNT', field: 'bankAccountId' });
  } else if (referenceTypeMismatch(account, draft)) {
    issues.push({ area: 'bank', code: 'REFERENCE_TYPE_MISMATCH', field: 'referenceType' });
  }

  const invalidLines = new Set(Object.keys(parsed.errors).filter((key) => key.startsWith('lines.')).map((key) => key.split('.')[1]));
  if (invalidLines.size > 0) issues.push({ area: 'lines', code: 'LINES_INVALID', params: { count: invalidLines.size } });
  else if (parsed.lines.length === 0) issues.push({ area: 'lines', code: 'INVOICE_EMPTY', field: 'lines' });
  if (parsed.errors.discountBp) issues.push({ area: 'amount', code: parsed.errors.discountBp, field: 'discountBp' });

  if (totals.error) {
    issues.push({ area: totals.error.field?.startsWith('lines.') ? 'lines' : 'amount', code: totals.error.code, ...(totals.error.field ? { field: totals.error.field } : {}) });
  } else if (totals.calculation && parsed.lines.length > 0) {
    const payable = totals.calculation.totalPayable;
    if (payable < QR_AMOUNT_MIN || payable > QR_AMOUNT_MAX) issues.push({ area: 'amount', code: 'AMOUNT_OUT_OF_RANGE' });
  }
  return issues;
}
