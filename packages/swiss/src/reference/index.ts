// Payment references: QRR (IG QR-bill 2.3), SCOR (ISO 11649), derivation from invoice numbers.
export * from './qr-reference';
export * from './scor-reference';
export * from './invoice-number-codec';
export * from './invoice-reference';
export * from './reference-type';
