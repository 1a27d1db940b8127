// Structured QR-bill addresses, postal codes and ISO country codes.
export * from './countries';
export * from './qr-address';
