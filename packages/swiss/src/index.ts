// @simplifaq/swiss — every Swiss rule SimpliFaq's invoices depend on (SWISS.md, docs/swiss-rules.md).
// Pure: no I/O, no environment, no clock. Fine-grained entry points: ./money, ./tva, ./iban,
// ./reference, ./uid, ./address, ./swico, ./qr-bill, ./errors.
export * from './errors';
export * from './types';
export * from './dates';
export * from './money/index';
export * from './tva/index';
export * from './iban';
export * from './reference/index';
export * from './uid';
export * from './address/index';
export * from './charset';
export * from './swico';
export * from './qr-bill/index';
