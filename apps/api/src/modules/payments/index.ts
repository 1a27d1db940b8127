import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { paymentRoutes } from './payment-routes';
import { createPaymentService } from './payment-service';

export async function paymentsModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  await app.register(paymentRoutes, { payments: createPaymentService({ prisma }) });
}
