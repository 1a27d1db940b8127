import { z } from 'zod';
import { PASSWORD_MAX } from './password-policy';

export const ZLanguage = z.enum(['fr', 'de', 'it', 'en']);
export const ZRole = z.enum(['owner', 'admin', 'member', 'accountant']);
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'must be an e-mail address' }));
// Length and the common-password list are checked by the policy, with their own error codes.
export const ZPassword = z.string().max(PASSWORD_MAX * 4);

export const ZSignupBody = z
  .object({
    email: ZEmail,
    password: ZPassword,
    name: z.string().trim().min(1).max(100),
    locale: ZLanguage.optional(),
    organisationName: z.string().trim().min(1).max(70),
  })
  .strict();

export const ZLoginBody = z.object({ email: ZEmail, password: ZPassword }).strict();

export const ZChangePasswordBody = z.object({ currentPassword: ZPassword, newPassword: ZPassword }).strict();

export const ZResetRequestBody = z.object({ email: ZEmail, language: ZLanguage.optional().describe('language of the e-mail; default: the account’s') }).strict();
export const ZResetConfirmBody = z.object({ token: z.string().min(20).max(200), password: ZPassword }).strict();
export const ZSwitchOrganisationBody = z.object({ organisationId: z.uuid() }).strict();

export const ZMe = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), locale: ZLanguage }),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), role: ZRole })),
  activeOrganisationId: z.string().nullable(),
  role: ZRole.nullable(),
});
export type TMe = z.infer<typeof ZMe>;
