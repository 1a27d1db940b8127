import { FONT_BOLD } from './fonts';

/** A large translucent diagonal word across the current page (draft previews). */
export function drawWatermark(doc: PDFKit.PDFDocument, word: string): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.font(FONT_BOLD).fontSize(96).fillColor('#b00020').fillOpacity(0.18);
  const textWidth = doc.widthOfString(word);
  doc.text(word, width / 2 - textWidth / 2, height / 2 - 48, { lineBreak: false });
  doc.restore();
  doc.fillOpacity(1).fillColor('black');
}
