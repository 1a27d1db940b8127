import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInvoiceQrReference, createInvoiceScorReference } from '@simplifaq/swiss';
import { formatDocumentNumber, parseNumberPattern } from './number-pattern';
import { dateArb, patternArb, sequenceArb } from './pattern-arbitrary';
import { findReferenceRoomProblem, largestInvoiceNumber } from './reference-room';

const qrIban = (qrrPrefix: string | null, label = 'QR account') => ({ isQrIban: true, qrrPrefix, label });
const iban = { isQrIban: false, qrrPrefix: null, label: 'IBAN account' };

describe('largestInvoiceNumber', () => {
  it.each([
    ['{YYYY}-{seq:4}', '2099-999999'],
    ['F{YY}{MM}-{seq:3}', 'F9912-999999'],
    ['{seq:8}', '99999999'],
    ['{seq:10}', '0999999999'],
  ])('%s → %s', (pattern, largest) => {
    expect(largestInvoiceNumber(pattern)).toBe(largest);
  });
});

describe('findReferenceRoomProblem', () => {
  it('lets the default pattern through with a 6-digit bank prefix and with a plain IBAN', () => {
    expect(findReferenceRoomProblem('{YYYY}-{seq:4}', [qrIban('123456'), iban])).toBeNull();
  });

  it('names the account whose prefix leaves no room for numbers with letters', () => {
    const account = qrIban('123456', 'Raiffeisen');
    expect(findReferenceRoomProblem('FAC-{YYYY}-{seq:4}', [iban, account])).toEqual({ referenceType: 'QRR', example: 'FAC-2099-999999', account });
    // The same pattern fits the QR reference of an account without a prefix.
    expect(findReferenceRoomProblem('FAC-{YYYY}-{seq:4}', [qrIban(null)])).toBeNull();
  });

  it('keeps all-digit numbers readable: they fit next to a 15-digit prefix', () => {
    expect(findReferenceRoomProblem('{YYYY}{seq:6}', [qrIban('123456789012345')])).toBeNull();
    expect(findReferenceRoomProblem('{YYYY}{seq:6}', [qrIban('1234567890123456')])?.referenceType).toBe('QRR');
  });

  it('checks the 21 characters of a creditor reference, also when there is no account yet', () => {
    const pattern = 'INVOICE-NO-{YYYY}-{seq}';
    expect(findReferenceRoomProblem(pattern, [])).toMatchObject({ referenceType: 'SCOR', example: 'INVOICE-NO-2099-999999' });
    expect(findReferenceRoomProblem(pattern, [iban])).toMatchObject({ referenceType: 'SCOR' });
  });

  it('when it finds no problem, every number of the pattern until 2099 gets its reference', () => {
    const prefixArb = fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: null });
    fc.assert(
      fc.property(patternArb, prefixArb, fc.boolean(), dateArb, sequenceArb, (pattern, prefix, isQrIban, date, sequence) => {
        const account = isQrIban ? qrIban(prefix) : iban;
        fc.pre(findReferenceRoomProblem(pattern, [account]) === null);
        const number = formatDocumentNumber(parseNumberPattern(pattern), { date, sequence });
        if (isQrIban) expect(createInvoiceQrReference({ prefix: prefix ?? '', invoiceNumber: number })).toMatch(/^\d{27}$/);
        else expect(createInvoiceScorReference({ invoiceNumber: number })).toMatch(/^RF\d\d/);
      }),
      { numRuns: 3000 },
    );
  });
});
