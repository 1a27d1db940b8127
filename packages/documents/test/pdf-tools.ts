// Test helpers around Debian's poppler-utils (pdftotext, pdftoppm, pdfinfo) and the jsQR decoder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

function withPdf<T>(pdf: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'sf-doc-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (all pages, or one), as poppler extracts it; `-layout` keeps rows on one line. */
export function pdfText(pdf: Uint8Array, page?: number): string {
  return withPdf(pdf, (file) => {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  });
}

/** Page count from pdfinfo. */
export function pdfPages(pdf: Uint8Array): number {
  return withPdf(pdf, (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]));
}

export interface Crop {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One page rasterised by pdftoppm, as a decoded PNG. */
export function pdfPageImage(pdf: Uint8Array, page: number, dpi: number, options: { gray?: boolean; crop?: Crop } = {}): PNG {
  return withPdf(pdf, (file, dir) => {
    const crop = options.crop ? ['-x', String(options.crop.x), '-y', String(options.crop.y), '-W', String(options.crop.width), '-H', String(options.crop.height)] : [];
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', ...(options.gray ? ['-gray'] : []), '-f', String(page), '-l', String(page), ...crop, file, join(dir, 'page')]);
    return PNG.sync.read(readFileSync(join(dir, 'page.png')));
  });
}

/** Decodes the QR code in an image with jsQR; `null` when none is found. */
export function decodeQr(image: PNG): string | null {
  const rgba = image.data.length === image.width * image.height * 4 ? image.data : toRgba(image);
  return jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.length), image.width, image.height)?.data ?? null;
}

function toRgba(image: PNG): Buffer {
  const out = Buffer.alloc(image.width * image.height * 4);
  const channels = image.data.length / (image.width * image.height);
  for (let i = 0; i < image.width * image.height; i++) {
    const v = image.data[i * channels]!;
    out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = v;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/**
 * The QR code of the slip at the bottom of `page`, decoded from a 150 dpi rendering of the payment
 * part's QR area (67–113 mm from the left, 17–63 mm into the slip; IG QR-bill 2.3 §3.5).
 */
export function decodeSlipQr(pdf: Uint8Array, page: number, dpi = 150, slipTopMm = 192): string | null {
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  return decodeQr(pdfPageImage(pdf, page, dpi, { crop: { x: px(62), y: px(slipTopMm + 12), width: px(56), height: px(56) } }));
}

/** Decodes the QR code of PNG bytes (e.g. the QR-bill PNG). */
export function decodePngQr(png: Uint8Array): string | null {
  return decodeQr(PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength)));
}
