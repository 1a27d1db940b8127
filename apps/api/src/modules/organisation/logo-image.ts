/** Logos are drawn in the PDF header; 512 KB is plenty for a print-quality mark. */
export const LOGO_MAX_BYTES = 512 * 1024;
/**
 * pdfkit decodes a PNG to raw pixels before embedding it, so a small file with huge dimensions
 * (a "decompression bomb") would cost gigabytes at every PDF. JPEGs are embedded as they are.
 */
export const LOGO_MAX_SIDE = 4096;

export type LogoMimeType = 'image/png' | 'image/jpeg';
export const LOGO_MIME_TYPES: readonly LogoMimeType[] = ['image/png', 'image/jpeg'];

export interface SniffedImage {
  mimeType: LogoMimeType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Identifies a PNG or JPEG from its bytes (never from the declared type) and reads its size;
 * `null` for anything else, including truncated files.
 */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  return sniffPng(bytes) ?? sniffJpeg(bytes);
}

// PNG (ISO/IEC 15948): 8-byte signature, then the IHDR chunk first: length 13, "IHDR", width, height.
function sniffPng(b: Uint8Array): SniffedImage | null {
  if (b.length < 33 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(8) !== 13 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return null;
  return { mimeType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

// JPEG (ITU T.81): SOI FFD8, then marker segments up to a start-of-frame (SOF0–SOF15 except
// DHT C4, JPG C8, DAC CC) whose payload holds precision, height, width.
function sniffJpeg(b: Uint8Array): SniffedImage | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame header
    const length = view.getUint16(i + 2);
    if (length < 2) return null;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (i + 9 > b.length) return null;
      return { mimeType: 'image/jpeg', height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}
