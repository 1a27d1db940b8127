import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { createOrganisationRepo } from './organisation-repo';
import { organisationRoutes } from './organisation-routes';
import { createOrganisationService } from './organisation-service';

export async function organisationModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  const organisations = createOrganisationService({ prisma, organisations: createOrganisationRepo(prisma) });
  await app.register(organisationRoutes, { organisations });
}
