import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../lib/request-context';
import type { AuthService } from './auth-service';
import {
  ZChangePasswordBody,
  ZLoginBody,
  ZMe,
  ZResetConfirmBody,
  ZResetRequestBody,
  ZSignupBody,
  ZSwitchOrganisationBody,
} from './auth-schemas';

const client = (r: FastifyRequest) => ({ ip: r.ip, userAgent: r.headers['user-agent'], log: r.log });
const tags = ['auth'];

export async function authRoutes(app: FastifyInstance, { auth }: { auth: AuthService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/auth/signup', { config: { auth: 'public' }, schema: { tags, summary: 'Create an account with its organisation (you become its owner)', body: ZSignupBody, response: { 201: ZMe } } }, async (request, reply) => {
    const { sessionId, me } = await auth.signup(request.body, client(request));
    return reply.setSessionCookie(sessionId).status(201).send(me);
  });

  r.post('/api/auth/login', { config: { auth: 'public' }, schema: { tags, summary: 'Sign in; starts a new session', body: ZLoginBody, response: { 200: ZMe } } }, async (request, reply) => {
    const { sessionId, me } = await auth.login(request.body, client(request), request.sessionCookie ?? undefined);
    return reply.setSessionCookie(sessionId).send(me);
  });

  r.post('/api/auth/logout', { config: { auth: 'public' }, schema: { tags, summary: 'End this session', response: { 204: z.null() } } }, async (request, reply) => {
    if (request.sessionCookie) await auth.logout(request.sessionCookie);
    return reply.clearSessionCookie().status(204).send(null);
  });

  r.post('/api/auth/logout-all', { config: { auth: 'user' }, schema: { tags, summary: 'End every session of this account, everywhere', response: { 204: z.null() } } }, async (request, reply) => {
    await auth.logoutEverywhere(requireUser(request).userId);
    return reply.clearSessionCookie().status(204).send(null);
  });

  r.post('/api/auth/password-reset', { config: { auth: 'public' }, schema: { tags, summary: 'Send a password reset link (same answer whether the account exists or not)', body: ZResetRequestBody, response: { 202: z.null() } } }, async (request, reply) => {
    await auth.requestPasswordReset(request.body.email, client(request), request.body.language);
    return reply.status(202).send(null);
  });

  r.post('/api/auth/password-reset/confirm', { config: { auth: 'public' }, schema: { tags, summary: 'Choose a new password with a reset token; ends every session', body: ZResetConfirmBody, response: { 204: z.null() } } }, async (request, reply) => {
    await auth.confirmPasswordReset(request.body, client(request));
    return reply.status(204).send(null);
  });

  r.get('/api/me', { config: { auth: 'user' }, schema: { tags, summary: 'The signed-in user, their organisations and the active one', response: { 200: ZMe } } }, async (request) => {
    const u = requireUser(request);
    return auth.me(u.userId, u.organisationId);
  });

  r.put('/api/me/organisation', { config: { auth: 'user' }, schema: { tags, summary: 'Switch the active organisation', body: ZSwitchOrganisationBody, response: { 200: ZMe } } }, async (request) => {
    const u = requireUser(request);
    return auth.switchOrganisation(u.userId, u.sessionId!, request.body.organisationId);
  });

  r.post('/api/me/password', { config: { auth: 'user' }, schema: { tags, summary: 'Change the password; ends the other sessions', body: ZChangePasswordBody, response: { 204: z.null() } } }, async (request, reply) => {
    const u = requireUser(request);
    await auth.changePassword(u.userId, u.sessionId, request.body, client(request));
    return reply.status(204).send(null);
  });
}
