// A fast TrueType subsetter for pdfkit's EmbeddedFont.
//
// fontkit's own TTFSubset re-encodes the hinting tables (cvt, fpgm, prep) and every glyph's
// metrics through its generic struct encoder on every document: ~3 ms per font per PDF here,
// more than the rest of a one-page invoice. This one parses the font's tables once per process
// and writes a subset by copying bytes: head, hhea, loca, maxp, glyf and hmtx — what PDF 1.7
// §9.9 needs for a CIDFontType2 with Identity CIDToGIDMap. Glyph outlines are copied unchanged;
// the TrueType hinting instructions are left out (and with them cvt, fpgm and prep): PDF
// viewers rasterise at any scale and mostly ignore hints, and the hints were ~40 % of the
// embedded bytes. Subsetting and dehinting inside a document is what the SIL OFL permits for
// embedded fonts ("the requirement … does not apply to any document created using the fonts").
// It implements exactly the interface EmbeddedFont uses: `includeGlyph(gid) → new gid` and
// `encode() → bytes`.

/** The parts of a TrueType font a subset is cut from, parsed once per process. */
export interface TtfSource {
  readonly bytes: Uint8Array;
  readonly glyfOffset: number;
  /** Start of each glyph in `glyf` (numGlyphs + 1 entries). */
  readonly loca: Uint32Array;
  readonly advances: Uint16Array;
  readonly leftBearings: Int16Array;
  /** Raw tables copied into every subset; head, hhea and maxp are patched per subset. */
  readonly head: Uint8Array;
  readonly hhea: Uint8Array;
  readonly maxp: Uint8Array;
}

/** Reads a TrueType font's tables (throws on a font without `glyf`, e.g. CFF-flavoured OpenType). */
export function parseTtfSource(bytes: Uint8Array): TtfSource {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[entry]!, bytes[entry + 1]!, bytes[entry + 2]!, bytes[entry + 3]!);
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  const table = (tag: string): Uint8Array => {
    const t = tables.get(tag);
    if (!t) throw new Error(`TrueType font without a ${tag} table`);
    return t;
  };
  const head = table('head');
  const hhea = table('hhea');
  const maxp = table('maxp');
  const glyf = table('glyf');
  const dv = (t: Uint8Array) => new DataView(t.buffer, t.byteOffset, t.byteLength);
  const numGlyphs = dv(maxp).getUint16(4);
  const longLoca = dv(head).getInt16(50) === 1;
  const locaView = dv(table('loca'));
  const loca = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) loca[g] = longLoca ? locaView.getUint32(g * 4) : locaView.getUint16(g * 2) * 2;
  const numberOfHMetrics = dv(hhea).getUint16(34);
  const hmtx = dv(table('hmtx'));
  const advances = new Uint16Array(numGlyphs);
  const leftBearings = new Int16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) {
    if (g < numberOfHMetrics) {
      advances[g] = hmtx.getUint16(g * 4);
      leftBearings[g] = hmtx.getInt16(g * 4 + 2);
    } else {
      advances[g] = advances[numberOfHMetrics - 1]!;
      leftBearings[g] = hmtx.getInt16(numberOfHMetrics * 4 + (g - numberOfHMetrics) * 2);
    }
  }
  return { bytes, glyfOffset: glyf.byteOffset - bytes.byteOffset, loca, advances, leftBearings, head, hhea, maxp };
}

// Composite glyph flags (OpenType 'glyf' table, composite glyph description).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** One document's subset of a font; glyph 0 (.notdef) is always first. */
export class TtfSubset {
  private readonly glyphs: number[] = [0];
  private readonly mapping = new Map<number, number>([[0, 0]]);

  constructor(private readonly source: TtfSource) {}

  /** Adds a glyph of the full font and returns its id in the subset. */
  includeGlyph(gid: number): number {
    let id = this.mapping.get(gid);
    if (id === undefined) {
      id = this.glyphs.length;
      this.glyphs.push(gid);
      this.mapping.set(gid, id);
    }
    return id;
  }

  /** The subset as a TrueType file. */
  encode(): Uint8Array {
    const src = this.source;
    const pieces: Uint8Array[] = [];
    const offsets: number[] = [];
    let glyfLength = 0;
    // Composite glyphs add their components while we go: iterate over the growing list.
    for (let i = 0; i < this.glyphs.length; i++) {
      const gid = this.glyphs[i]!;
      const start = src.glyfOffset + src.loca[gid]!;
      const end = src.glyfOffset + src.loca[gid + 1]!;
      let glyph = src.bytes.subarray(start, end);
      if (glyph.length >= 10) glyph = ((glyph[0]! << 8) | glyph[1]!) & 0x8000 ? this.remapComposite(glyph) : withoutInstructions(glyph);
      offsets.push(glyfLength);
      pieces.push(glyph);
      glyfLength += (glyph.length + 3) & ~3;
    }
    offsets.push(glyfLength);
    const n = this.glyphs.length;

    const glyf = new Uint8Array(glyfLength);
    for (let i = 0; i < n; i++) glyf.set(pieces[i]!, offsets[i]!);
    const loca = new Uint8Array((n + 1) * 4);
    const locaView = new DataView(loca.buffer);
    offsets.forEach((o, i) => locaView.setUint32(i * 4, o));
    const hmtx = new Uint8Array(n * 4);
    const hmtxView = new DataView(hmtx.buffer);
    this.glyphs.forEach((gid, i) => {
      hmtxView.setUint16(i * 4, src.advances[gid]!);
      hmtxView.setInt16(i * 4 + 2, src.leftBearings[gid]!);
    });
    const head = src.head.slice();
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment, recomputed below
    headView.setInt16(50, 1); // indexToLocFormat: long offsets
    const hhea = src.hhea.slice();
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = src.maxp.slice();
    new DataView(maxp.buffer).setUint16(4, n);

    const tables = new Map<string, Uint8Array>([['head', head], ['hhea', hhea], ['loca', loca], ['maxp', maxp], ['glyf', glyf], ['hmtx', hmtx]]);
    const font = writeSfnt(tables);
    // head.checkSumAdjustment = 0xB1B0AFBA − checksum of the whole font (OpenType 'head').
    const headOffset = findTableOffset(font, 'head');
    new DataView(font.buffer).setUint32(headOffset + 8, (0xb1b0afba - checksum(font)) >>> 0);
    return font;
  }

  // Renumbers a composite glyph's components (adding them to the subset) and drops its instructions.
  private remapComposite(original: Uint8Array): Uint8Array {
    const glyph = original.slice();
    const view = new DataView(glyph.buffer);
    let pos = 10;
    let flags: number;
    do {
      flags = view.getUint16(pos);
      view.setUint16(pos, flags & ~WE_HAVE_INSTRUCTIONS);
      view.setUint16(pos + 2, this.includeGlyph(view.getUint16(pos + 2)));
      pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) pos += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
    } while (flags & MORE_COMPONENTS);
    return glyph.subarray(0, pos);
  }
}

// A simple glyph is: header (10 bytes), endPtsOfContours (2 × n), instructionLength, instructions,
// then flags and coordinates. Returns it with instructionLength 0 and no instructions.
function withoutInstructions(glyph: Uint8Array): Uint8Array {
  const contours = (glyph[0]! << 8) | glyph[1]!;
  const lengthAt = 10 + 2 * contours;
  const instructions = (glyph[lengthAt]! << 8) | glyph[lengthAt + 1]!;
  if (instructions === 0) return glyph;
  const out = new Uint8Array(glyph.length - instructions);
  out.set(glyph.subarray(0, lengthAt + 2));
  out[lengthAt] = 0;
  out[lengthAt + 1] = 0;
  out.set(glyph.subarray(lengthAt + 2 + instructions), lengthAt + 2);
  return out;
}

function checksum(bytes: Uint8Array, start = 0, length = bytes.length): number {
  let sum = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = start + length;
  let i = start;
  for (; i + 4 <= end; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (i < end) {
    let last = 0;
    for (let k = 0; k < 4; k++) last = (last << 8) | (i + k < end ? bytes[i + k]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

function writeSfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const numTables = tags.length;
  let size = 12 + 16 * numTables;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const maxPow2 = 2 ** Math.floor(Math.log2(numTables));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, numTables);
  view.setUint16(6, maxPow2 * 16);
  view.setUint16(8, Math.log2(maxPow2));
  view.setUint16(10, numTables * 16 - maxPow2 * 16);
  let offset = 12 + 16 * numTables;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    out.set(data, offset);
    view.setUint32(entry + 4, checksum(out, offset, data.length));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, data.length);
    offset += (data.length + 3) & ~3;
  });
  return out;
}

function findTableOffset(font: Uint8Array, tag: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + 16 * i;
    if (String.fromCharCode(font[entry]!, font[entry + 1]!, font[entry + 2]!, font[entry + 3]!) === tag) return view.getUint32(entry + 8);
  }
  throw new Error(`no ${tag} table`);
}
