// What the end-to-end tests check in a PDF without a PDF library: the signature, and a text in
// the document information (pdfkit writes ASCII strings literally, others as UTF-16BE hex) or in
// an uncompressed content stream.
export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

export function pdfHasText(bytes: Buffer, text: string): boolean {
  const raw = bytes.toString('latin1');
  if (raw.includes(text)) return true;
  const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('hex').toUpperCase();
  return raw.toUpperCase().includes(utf16) || raw.toUpperCase().includes(utf16.slice(4));
}
