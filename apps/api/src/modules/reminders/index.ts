import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import type { RenderReminderPdf } from '@simplifaq/invoicing';
import { reminderRoutes } from './reminder-routes';
import { createReminderService } from './reminder-service';

export async function remindersModule(app: FastifyInstance, { prisma, renderPdf }: { prisma: PrismaClient; renderPdf?: RenderReminderPdf }) {
  await app.register(reminderRoutes, { reminders: createReminderService({ prisma, renderPdf }) });
}
