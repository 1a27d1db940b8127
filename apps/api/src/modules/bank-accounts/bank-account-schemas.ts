import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';

// The IBAN and the prefix are checked by packages/swiss so that each mistake gets its own code;
// the bounds here only keep absurd input out.
const ZIbanText = z.string().max(64).describe('IBAN or QR-IBAN, CH or LI; spaces and lower case accepted');
const ZPrefixText = z
  .string()
  .trim()
  .max(40)
  .nullable()
  .transform((v) => (v === '' ? null : v))
  .describe('0–20 digits your bank puts at the start of QR references (QR-IBAN only)');

/** isQrIban is derived from the IBAN, never taken from a body. */
export const ZBankAccountInput = z
  .object({
    label: z.string().trim().min(1).max(70),
    iban: ZIbanText,
    qrrPrefix: ZPrefixText.optional(),
    isDefault: z.boolean().optional().describe('the first account of an organisation is always the default'),
  })
  .strict();
export type TBankAccountInput = z.infer<typeof ZBankAccountInput>;

export const ZBankAccountPatch = ZBankAccountInput.partial().strict();
export type TBankAccountPatch = z.infer<typeof ZBankAccountPatch>;

export const ZBankAccount = z.object({
  id: z.string(),
  label: z.string(),
  iban: z.string().describe('electronic form, as in the QR code'),
  ibanFormatted: z.string().describe('in groups of 4, as printed'),
  isQrIban: z.boolean(),
  qrrPrefix: z.string().nullable(),
  isDefault: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TBankAccount = z.infer<typeof ZBankAccount>;

export const ZBankAccountListQuery = ZPageQuery.strict();
export type TBankAccountListQuery = z.infer<typeof ZBankAccountListQuery>;

export const ZIdParams = z.object({ id: z.uuid({ error: 'must be an id' }) }).strict();
