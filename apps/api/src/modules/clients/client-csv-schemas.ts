import { z } from 'zod';
import { ZClient } from './client-schemas';

/** A client as an import would create it (the CSV preview): optional fields may be absent. */
export const ZClientDraft = ZClient.omit({ id: true, archivedAt: true, createdAt: true, updatedAt: true }).partial({
  contactName: true,
  street: true,
  buildingNumber: true,
  email: true,
  phone: true,
  uid: true,
  notes: true,
});

export const ZClientExportQuery = z
  .object({
    q: z.string().trim().max(100).optional().describe('matches name, contact, town, e-mail'),
    archived: z.enum(['true', 'false', 'all']).default('false'),
  })
  .strict();
export type TClientExportQuery = z.infer<typeof ZClientExportQuery>;
