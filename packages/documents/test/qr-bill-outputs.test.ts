import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { renderQrBillPdf, renderQrBillPng, renderQrBillSvg } from '../src/index';
import { payment } from './fixtures';
import { decodeQr, decodeSlipQr, pdfPageImage, pdfText } from './pdf-tools';
import { buildQrBillData, serializeQrPayload } from '@simplifaq/swiss';

describe('the QR-bill alone', { timeout: 30_000 }, () => {
  const input = payment();
  const expected = serializeQrPayload(buildQrBillData(input));

  it('as SVG, labels in the language, draft marked when asked', () => {
    const svg = renderQrBillSvg(input, 'it');
    expect(svg).toMatch(/^<svg/);
    for (const label of ['Ricevuta', 'Sezione pagamento', 'Conto / Pagabile a']) expect(svg).toContain(label);
    expect(svg).not.toContain('BOZZA');
    expect(renderQrBillSvg(input, 'it', { draft: true })).toContain('BOZZA</text></svg>');
  });

  it('as PNG whose QR code decodes to the payload', async () => {
    const png = PNG.sync.read(Buffer.from(await renderQrBillPng(input, 'de', { dpi: 150 })));
    expect([png.width, png.height]).toEqual([1240, 620]);
    expect(decodeQr(png)).toBe(expected);
  }, 30_000); // the first PNG compiles resvg's WebAssembly

  it('as PDF: the slip at the bottom of an A4 page, or on a 210 × 105 mm page', async () => {
    const a4 = await renderQrBillPdf(input, 'en');
    expect(pdfText(a4)).toContain('Payment part');
    expect(decodeSlipQr(a4, 1)).toBe(expected);
    const slip = await renderQrBillPdf(input, 'fr', { page: 'slip', draft: true });
    const image = pdfPageImage(slip, 1, 72);
    expect([image.width, image.height]).toEqual([596, 298]);
    expect(decodeSlipQr(slip, 1, 150, 0)).toBe(expected);
  });

  it('refuses invalid data with the field named', async () => {
    const bad = payment({ account: 'CH5800791123000889012' }); // QRR with an ordinary IBAN
    expect(() => renderQrBillSvg(bad, 'fr')).toThrow(expect.objectContaining({ code: 'REFERENCE_TYPE_MISMATCH', field: 'referenceType' }));
    await expect(renderQrBillPng(bad, 'fr')).rejects.toMatchObject({ code: 'REFERENCE_TYPE_MISMATCH' });
    await expect(renderQrBillPdf(bad, 'fr')).rejects.toMatchObject({ code: 'REFERENCE_TYPE_MISMATCH' });
  });
});
