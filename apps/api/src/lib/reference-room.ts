// Invoice numbers become payment references; a pattern or a bank prefix that leaves them too
// little room is refused when it is set, not at the first invoice that outgrows it.
import { findReferenceRoomProblem } from '@simplifaq/invoicing';
import type { ReferenceAccount } from '@simplifaq/invoicing';
import { AppError } from './app-error';

/** Throws 400 with the number that would not fit and the account whose reference it is. */
export function assertReferenceRoom(pattern: string, accounts: readonly ReferenceAccount[], field: string): void {
  const problem = findReferenceRoomProblem(pattern, accounts);
  if (!problem) return;
  const { example, account } = problem;
  if (problem.referenceType === 'QRR') {
    const prefixDigits = account.qrrPrefix?.length ?? 0;
    throw new AppError(
      'NUMBERS_TOO_LONG_FOR_QR_REFERENCE',
      `Invoice numbers of the pattern ${pattern} can reach ${example}, more than the QR reference of the account “${account.label ?? ''}” holds after its ${prefixDigits}-digit prefix (26 digits in all; letters take more room than digits). Choose a shorter pattern or one of digits only, such as {YYYY}{seq:5}, or a shorter prefix.`,
      400,
      field,
      { example, pattern, account: account.label ?? '', prefixDigits },
    );
  }
  throw new AppError(
    'NUMBERS_TOO_LONG_FOR_CREDITOR_REFERENCE',
    `Invoice numbers of the pattern ${pattern} can reach ${example}, more than a creditor reference holds (21 characters, each separator counting twice). Choose a shorter pattern.`,
    400,
    field,
    { example, pattern },
  );
}
