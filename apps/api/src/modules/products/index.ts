import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { productCsvRoutes } from './product-csv-routes';
import { createProductCsvService } from './product-csv-service';
import { createProductRepo } from './product-repo';
import { productRoutes } from './product-routes';
import { createProductService } from './product-service';

export async function productsModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  const products = createProductRepo(prisma);
  await app.register(productRoutes, { products: createProductService({ products }) });
  await app.register(productCsvRoutes, { csv: createProductCsvService({ products }) });
}
