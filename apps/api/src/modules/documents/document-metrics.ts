import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';

/** Business metrics of the documents (DESIGN.md, Observability), on the app's registry. */
export function createDocumentMetrics(registry: Registry) {
  return {
    rendered: new Counter({
      name: 'simplifaq_pdf_rendered_total',
      help: 'PDFs rendered, by document kind and purpose (archive at issue, preview, copy)',
      labelNames: ['kind', 'purpose'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'simplifaq_pdf_render_duration_seconds',
      help: 'Time to render one PDF, by document kind',
      labelNames: ['kind'] as const,
      buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    qrBills: new Counter({
      name: 'simplifaq_qr_bills_generated_total',
      help: 'QR-bills generated, by output (document, pdf, svg, png)',
      labelNames: ['format'] as const,
      registers: [registry],
    }),
    qrFailures: new Counter({
      name: 'simplifaq_qr_bill_failures_total',
      help: 'QR-bills refused because their data breaks IG QR-bill 2.3, by rule code',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
  };
}

export type DocumentMetrics = ReturnType<typeof createDocumentMetrics>;
