// QR-bill data for swissqrbill 4.4, checked against IG QR-bill 2.3 first.
export * from './qr-bill-input';
export * from './build-qr-bill-data';
export * from './serialize-qr-payload';
