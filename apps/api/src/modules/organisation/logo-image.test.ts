import { describe, expect, it } from 'vitest';
import { sniffImage } from './logo-image';

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set(PNG_HEAD, 0);
  const v = new DataView(b.buffer);
  v.setUint32(8, 13);
  b.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  v.setUint32(16, width);
  v.setUint32(20, height);
  return b;
}

describe('sniffImage', () => {
  it('reads a PNG from its signature and IHDR chunk', () => {
    expect(sniffImage(png(640, 200))).toEqual({ mimeType: 'image/png', width: 640, height: 200 });
  });

  it('refuses a PNG signature without an IHDR first, and truncated files', () => {
    const noIhdr = png(1, 1);
    noIhdr.set([0x49, 0x44, 0x41, 0x54], 12); // IDAT
    expect(sniffImage(noIhdr)).toBeNull();
    expect(sniffImage(png(1, 1).subarray(0, 20))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });

  it('finds the JPEG frame header past other segments, fill bytes and restart markers', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, // SOI
      0xff, 0xe1, 0x00, 0x06, 0x45, 0x78, 0x69, 0x66, // APP1 "Exif"
      0xff, 0xff, // fill byte
      0xff, 0xdb, 0x00, 0x03, 0x00, // DQT (shortened)
      0xff, 0xc4, 0x00, 0x02, // DHT: not a frame header although in the C0–CF range
      0xff, 0xc2, 0x00, 0x0b, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x01, 0x01, 0x11, 0x00, // SOF2 progressive: 300 × 600
    ]);
    expect(sniffImage(jpeg)).toEqual({ mimeType: 'image/jpeg', height: 300, width: 600 });
  });

  it('refuses a JPEG without a frame header before its scan', () => {
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]))).toBeNull();
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x40]))).toBeNull();
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01, 0x00, 0x00]))).toBeNull();
  });

  it('does not take other formats for images', () => {
    for (const text of ['GIF89a', '<svg xmlns="http://www.w3.org/2000/svg"/>', '%PDF-1.7', 'RIFF0000WEBPVP8 ']) {
      expect(sniffImage(new TextEncoder().encode(text))).toBeNull();
    }
  });
});
