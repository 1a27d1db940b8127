// @simplifaq/documents — the PDFs SimpliFaq sends: invoices, credit notes, quotes and reminders
// with a Swiss QR-bill, in French, German, Italian and English; the QR-bill alone as PDF, SVG
// and PNG. Pure: no environment, no clock; the only I/O is reading the bundled fonts (and the
// PNG rasteriser's WebAssembly) once per process.
export type * from './model';
export { renderDocumentPdf, checkDocument } from './pdf/render-document';
export { prepareQrBill, renderQrBillPdf, renderQrBillPng, renderQrBillSvg } from './qr-bill/qr-bill';
export type { PreparedQrBill, QrBillPdfOptions, QrBillPngOptions, QrBillRenderOptions } from './qr-bill/qr-bill';
export { DOCUMENT_LABELS, fill } from './i18n/labels';
export type { DocumentLabels } from './i18n/labels';
export { formatDate, formatDocumentAmount, formatDocumentMoney, formatDocumentQuantity, formatLongDate, formatPeriod, formatRate } from './i18n/format';
export { loadFonts, FONT_BOLD, FONT_REGULAR } from './pdf/fonts';
