import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

/** Fields a user may set on a client; id, organisation and dates are never taken from a body. */
export const ZClientInput = z
  .object({
    kind: z.enum(['company', 'person']).default('company'),
    name: text(70).min(1),
    contactName: optionalText(70),
    street: optionalText(70),
    buildingNumber: optionalText(16),
    postalCode: text(16).min(1),
    town: text(35).min(1),
    country: z.string().trim().toUpperCase().length(2).default('CH'),
    language: z.enum(['fr', 'de', 'it', 'en']).default('fr'),
    email: z.email().max(254).nullable().optional(),
    phone: optionalText(32),
    uid: z.string().trim().max(20).nullable().optional().describe('UID such as CHE-123.456.788; stored as its 9 digits'),
    notes: optionalText(2000),
  })
  .strict();
export type TClientInput = z.infer<typeof ZClientInput>;

// A PATCH changes only what it names; no defaults are applied.
export const ZClientPatch = ZClientInput.extend({
  kind: z.enum(['company', 'person']).optional(),
  country: z.string().trim().toUpperCase().length(2).optional(),
  language: z.enum(['fr', 'de', 'it', 'en']).optional(),
})
  .partial()
  .strict();
export type TClientPatch = z.infer<typeof ZClientPatch>;

export const ZClient = z.object({
  id: z.string(),
  kind: z.enum(['company', 'person']),
  name: z.string(),
  contactName: z.string().nullable(),
  street: z.string().nullable(),
  buildingNumber: z.string().nullable(),
  postalCode: z.string(),
  town: z.string(),
  country: z.string(),
  language: z.enum(['fr', 'de', 'it', 'en']),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  uid: z.string().nullable(),
  notes: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const ZClientListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional().describe('matches name, contact, town, e-mail'),
  archived: z.enum(['true', 'false', 'all']).default('false'),
}).strict();
export type TClientListQuery = z.infer<typeof ZClientListQuery>;

export const ZIdParams = z.object({ id: z.uuid({ error: 'must be an id' }) }).strict();
