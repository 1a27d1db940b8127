// TVA: the effective-dated rate table and the invoice calculation.
export * from './rate-table';
export * from './invoice-types';
export * from './calculate-invoice';
export * from './price-in-mode';
