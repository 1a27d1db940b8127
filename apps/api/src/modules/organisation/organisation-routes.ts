import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ADMIN_ROLES, orgScope } from '../../lib/request-context';
import { auditActor } from '../audit/audit-actor';
import { LOGO_MAX_BYTES } from './logo-image';
import { logoTooLarge } from './organisation-service';
import type { OrganisationService } from './organisation-service';
import { ZNumberPreview, ZNumberPreviewQuery, ZOrganisation, ZOrganisationPatch } from './organisation-schemas';

const tags = ['organisation'];

export async function organisationRoutes(app: FastifyInstance, { organisations }: { organisations: OrganisationService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/organisation', { schema: { tags, summary: 'The active organisation’s profile', response: { 200: ZOrganisation } } }, async (req) =>
    organisations.get(orgScope(req)),
  );

  r.patch(
    '/api/organisation',
    { config: { roles: ADMIN_ROLES }, schema: { tags, summary: 'Change the profile (owners and admins)', body: ZOrganisationPatch, response: { 200: ZOrganisation } } },
    async (req) => organisations.update(orgScope(req), req.body, auditActor(req)),
  );

  r.get(
    '/api/organisation/number-preview',
    { schema: { tags, summary: 'The next document numbers of a series, with the saved or a proposed pattern', querystring: ZNumberPreviewQuery, response: { 200: ZNumberPreview } } },
    async (req) => organisations.previewNumbers(orgScope(req), req.query),
  );

  await app.register(logoRoutes, { organisations });
}

/**
 * In its own encapsulated scope: the raw-body parsers below apply to the logo routes only. Every
 * content type is read as bytes (up to the logo limit) so that the answer about a wrong type or an
 * oversized file carries the logo's own codes rather than the framework's.
 */
async function logoRoutes(app: FastifyInstance, { organisations }: { organisations: OrganisationService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: LOGO_MAX_BYTES }, (_req, body, done) => done(null, body));
  // Thrown on to the app's error handler, which answers it.
  app.setErrorHandler((err: FastifyError) => {
    throw err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? logoTooLarge() : err;
  });

  r.put(
    '/api/organisation/logo',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags,
        summary: `Upload the logo: the raw bytes of a PNG or JPEG (≤ ${LOGO_MAX_BYTES / 1024} KB, ≤ 4096 px a side) with Content-Type image/png or image/jpeg`,
        consumes: ['image/png', 'image/jpeg'],
        response: { 200: ZOrganisation },
      },
    },
    async (req) => organisations.setLogo(orgScope(req), req.headers['content-type'], req.body, auditActor(req)),
  );

  r.get(
    '/api/organisation/logo',
    { schema: { tags, summary: 'The logo image (revalidate with If-None-Match)', produces: ['image/png', 'image/jpeg'] } },
    async (req, reply) => {
      const logo = await organisations.getLogo(orgScope(req));
      // Private: the logo is served to members only. no-cache + ETag: browsers revalidate and get a
      // cheap 304 until the logo changes, and never show a replaced one.
      reply.header('cache-control', 'private, no-cache').header('etag', logo.etag).header('x-content-type-options', 'nosniff');
      if (req.headers['if-none-match'] === logo.etag) return reply.status(304).send();
      return reply.type(logo.mimeType).send(logo.bytes);
    },
  );

  r.delete(
    '/api/organisation/logo',
    { config: { roles: ADMIN_ROLES }, schema: { tags, summary: 'Remove the logo', response: { 204: z.null() } } },
    async (req, reply) => {
      await organisations.deleteLogo(orgScope(req), auditActor(req));
      return reply.status(204).send(null);
    },
  );
}
