/**
 * Text for og cards, set from a cache of glyphs instead of by Pango each time. HarfBuzz
 * (the shaper Pango itself uses) gives each glyph and its advance, kerning included; each
 * glyph of a font and size is drawn once, as an alpha mask, by librsvg through sharp (one
 * call for every glyph a block needs that is not drawn yet), and blocks are composed from
 * those masks. Setting a block through Pango took ~2.4 ms of CPU, nearly all of it sharp's
 * per-call set-up and copies of a card-wide RGBA image (`perf`); a card set ~3.3 of them.
 *
 * What it copies from Pango, so a card looks as it did: glyph positions rounded to whole
 * pixels (Pango's default), key heights on whole pixels (as hinting puts them), line
 * pitch = ascent + descent each rounded up, lines broken greedily at spaces, and a block
 * cropped to its ink. Unlike Pango, a word longer than the line is broken between its
 * letters instead of running off the card. Text with a character the font lacks returns `undefined`: the
 * caller sets it through Pango, which falls back to another font.
 */
import type * as HarfBuzz from 'harfbuzzjs';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

/** A block of text as coverage (0–255), row by row, cropped to its ink. */
export interface TextMask {
  mask: Uint8Array;
  width: number;
  height: number;
}

/** A glyph drawn at one size: its mask and where it sits from the pen (x right, y down from the baseline). */
interface DrawnGlyph {
  mask: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

/** One glyph placed on a line: its id, pen position and offset, whole pixels. */
interface Placed {
  id: number;
  x: number;
  dx: number;
  dy: number;
}

/** A font file loaded into HarfBuzz, and the glyphs drawn from it so far, by size. */
export class GlyphFont {
  private readonly face: HarfBuzz.Face;
  private readonly font: HarfBuzz.Font;
  /** Reused for every paragraph (HarfBuzz's objects are freed when collected). */
  private readonly buffer: HarfBuzz.Buffer;
  private readonly drawn = new Map<string, DrawnGlyph>();
  private readonly hb: typeof HarfBuzz;
  private zones: number[] | undefined;
  /** How many times glyphs were drawn (sharp calls): a block whose glyphs are all cached draws none. */
  drawCalls = 0;

  private constructor(hb: typeof HarfBuzz, data: Uint8Array) {
    this.hb = hb;
    this.face = new hb.Face(new hb.Blob(data), 0);
    this.font = new hb.Font(this.face);
    this.buffer = new hb.Buffer();
  }

  /** A font file (TrueType or OpenType); HarfBuzz's WebAssembly is loaded on first use, not on import. */
  static async load(file: string): Promise<GlyphFont> {
    const [hb, data] = await Promise.all([import('harfbuzzjs'), readFile(file)]);
    return new GlyphFont(hb, data);
  }

  /**
   * `text` set in this font at `size` px, wrapped at `width` px, as a mask cropped to its
   * ink; `undefined` if a character is missing from the font.
   */
  async set(text: string, size: number, width: number): Promise<TextMask | undefined> {
    const lines: Placed[][] = [];
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      const shaped = this.shape(paragraph.replace(/\t/g, ' '), size);
      if (!shaped) return undefined;
      lines.push(...wrap(shaped.glyphs, shaped.spaces, width));
    }
    await this.draw(new Set(lines.flat().map((g) => g.id)), size);

    const extents = this.font.hExtents();
    const k = size / this.face.upem;
    const ascent = Math.ceil(extents.ascender * k);
    const pitch = ascent + Math.ceil(-extents.descender * k);
    // Ink box of the whole block, in block coordinates (first baseline at `ascent`).
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const placements: { glyph: DrawnGlyph; x: number; y: number }[] = [];
    lines.forEach((line, i) => {
      for (const g of line) {
        const glyph = this.drawn.get(`${size}:${g.id}`)!;
        if (glyph.width === 0) continue;
        const x = g.x + g.dx + glyph.left;
        const y = i * pitch + ascent - g.dy + glyph.top;
        placements.push({ glyph, x, y });
        [x0, y0] = [Math.min(x0, x), Math.min(y0, y)];
        [x1, y1] = [Math.max(x1, x + glyph.width), Math.max(y1, y + glyph.height)];
      }
    });
    if (placements.length === 0) return { mask: new Uint8Array(0), width: 0, height: 0 };

    // Each glyph's mask is trimmed to its ink, so their union is the block's ink box.
    const blockWidth = x1 - x0;
    const mask = new Uint8Array(blockWidth * (y1 - y0));
    for (const { glyph, x, y } of placements) over(mask, blockWidth, glyph, x - x0, y - y0);
    return { mask, width: blockWidth, height: y1 - y0 };
  }

  /**
   * Font units to pixels (y up) for heights, with the key heights ({@link blueZones}) on
   * whole pixels and heights between them scaled to fit, as a light hinter does: the
   * horizontal edges of most letters then fall on pixel rows, crisp as Pango (hinted)
   * drew them, and a card's PNG stays small. On the 980 flat cards of the 1,000-story
   * bench root: 16.3 KB a card, against 17.8 KB unsnapped and 16.0 KB through Pango.
   */
  private snappedHeights(size: number): (y: number) => number {
    const k = size / this.face.upem;
    this.zones ??= this.blueZones();
    const anchors = this.zones.map((h) => [h, Math.round(h * k)] as const);
    return (y) => {
      if (y <= anchors[0]![0]) return anchors[0]![1] + (y - anchors[0]![0]) * k;
      for (let i = 1; i < anchors.length; i++) {
        const [h0, p0] = anchors[i - 1]!;
        const [h1, p1] = anchors[i]!;
        if (y <= h1) return p0 + ((y - h0) * (p1 - p0)) / (h1 - h0);
      }
      const [h, p] = anchors[anchors.length - 1]!;
      return p + (y - h) * k;
    };
  }

  /**
   * Heights to put on whole pixels, in font units, as a hinter's blue zones: the baseline,
   * x-height, cap height, ascender and descender (the bottom of “H”, the tops of “x”, “H”
   * and “d”, the bottom of “p”), and the overshoots of round letters beyond them (the
   * bottom and top of “o”, the top of “O”).
   */
  private blueZones(): number[] {
    const extents = (letter: string) => {
      this.buffer.clearContents();
      this.buffer.addText(letter);
      this.buffer.guessSegmentProperties();
      this.hb.shape(this.font, this.buffer);
      const e = this.font.glyphExtents(this.buffer.getGlyphInfos()[0]!.codepoint);
      return { top: e?.yBearing ?? 0, bottom: (e?.yBearing ?? 0) + (e?.height ?? 0) };
    };
    const heights = [extents('p').bottom, extents('H').bottom, extents('o').bottom, extents('x').top, extents('o').top, extents('H').top, extents('O').top, extents('d').top];
    return [...new Set(heights)].sort((a, b) => a - b);
  }

  /** Glyphs and whole-pixel pen positions of one paragraph; which glyphs are spaces. */
  private shape(text: string, size: number): { glyphs: Placed[]; spaces: Set<number> } | undefined {
    const buffer = this.buffer;
    buffer.clearContents();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    this.hb.shape(this.font, buffer);
    const k = size / this.face.upem;
    const glyphs: Placed[] = [];
    const spaces = new Set<number>();
    let x = 0;
    for (const g of buffer.getGlyphInfosAndPositions()) {
      if (g.codepoint === 0) return undefined;
      if (text[g.cluster] === ' ') spaces.add(glyphs.length);
      glyphs.push({ id: g.codepoint, x, dx: Math.round((g.xOffset ?? 0) * k), dy: Math.round((g.yOffset ?? 0) * k) });
      x += Math.round((g.xAdvance ?? 0) * k);
    }
    // The pen position after the last glyph closes the line.
    glyphs.push({ id: -1, x, dx: 0, dy: 0 });
    return { glyphs, spaces };
  }

  /** Draws, in one sharp call, every glyph of `ids` not yet drawn at `size`. */
  private async draw(ids: Set<number>, size: number): Promise<void> {
    const k = size / this.face.upem;
    const cells: { key: string; x: number; width: number; height: number; left: number; top: number; path: string }[] = [];
    let atlasWidth = 0;
    let atlasHeight = 0;
    for (const id of ids) {
      const key = `${size}:${id}`;
      if (id < 0 || this.drawn.has(key)) continue;
      const e = this.font.glyphExtents(id);
      if (!e || e.width === 0 || e.height === 0) {
        this.drawn.set(key, { mask: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0 });
        continue;
      }
      // Font units (y up) to pixels (y down), two pixels of margin: anti-aliasing, and heights moved to whole pixels.
      const left = Math.floor(e.xBearing * k) - 2;
      const top = Math.floor(-e.yBearing * k) - 2;
      const width = Math.ceil((e.xBearing + e.width) * k) + 2 - left;
      const height = Math.ceil(-(e.yBearing + e.height) * k) + 2 - top;
      cells.push({ key, x: atlasWidth, width, height, left, top, path: this.font.glyphToPath(id) });
      atlasWidth += width;
      atlasHeight = Math.max(atlasHeight, height);
    }
    if (cells.length === 0) return;
    this.drawCalls++;
    const y = this.snappedHeights(size);
    const paths = cells.map((c) => {
      const [dx, dy] = [c.x - c.left, -c.top];
      const d = c.path.replace(/(-?[\d.]+),(-?[\d.]+)/g, (_, px: string, py: string) => `${round3(dx + Number(px) * k)},${round3(dy - y(Number(py)))}`);
      return `<path d="${d}"/>`;
    });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${atlasWidth}" height="${atlasHeight}">${paths.join('')}</svg>`;
    const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
    for (const c of cells) {
      const mask = new Uint8Array(c.width * c.height);
      for (let y = 0; y < c.height; y++) mask.set(alpha.subarray(y * atlasWidth + c.x, y * atlasWidth + c.x + c.width), y * c.width);
      const ink = trim({ mask, width: c.width, height: c.height });
      this.drawn.set(c.key, { ...ink.mask, left: c.left + ink.left, top: c.top + ink.top });
    }
  }
}

/** A coordinate for SVG, to a thousandth of a pixel. */
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Lines of a paragraph, broken greedily: at a space when the next word would pass
 * `width`, and between glyphs when a word alone is wider than the line. Each line's
 * glyphs are moved so it starts at 0; spaces at a break are dropped.
 */
function wrap(glyphs: Placed[], spaces: Set<number>, width: number): Placed[][] {
  const end = glyphs.length - 1;
  const lines: Placed[][] = [];
  let start = 0;
  while (start < end) {
    let stop = start;
    let lastSpace = -1;
    while (stop < end) {
      if (spaces.has(stop)) lastSpace = stop;
      if (glyphs[stop + 1]!.x - glyphs[start]!.x > width && !spaces.has(stop)) break;
      stop++;
    }
    if (stop < end) stop = lastSpace > start ? lastSpace : Math.max(stop, start + 1);
    const origin = glyphs[start]!.x;
    lines.push(glyphs.slice(start, stop).filter((_, i) => !spaces.has(start + i)).map((g) => ({ ...g, x: g.x - origin })));
    start = stop;
    while (start < end && spaces.has(start)) start++;
  }
  return lines.length > 0 ? lines : [[]];
}

/** Draws a glyph's coverage over the block's: a + b·(1 − a), as two shapes of one colour combine. */
function over(mask: Uint8Array, width: number, glyph: DrawnGlyph, left: number, top: number): void {
  for (let y = 0; y < glyph.height; y++) {
    let o = (top + y) * width + left;
    for (let x = 0, i = y * glyph.width; x < glyph.width; x++, i++, o++) {
      const a = glyph.mask[i]!;
      if (a === 0) continue;
      const b = mask[o]!;
      mask[o] = b === 0 ? a : a + ((b * (255 - a) + 127) / 255) | 0;
    }
  }
}

/** The mask cut to the rows and columns that have any coverage, and how far it moved. */
function trim(m: TextMask): { mask: TextMask; left: number; top: number } {
  let [x0, y0, x1, y1] = [m.width, m.height, -1, -1];
  for (let y = 0; y < m.height; y++) {
    for (let x = 0, i = y * m.width; x < m.width; x++, i++) {
      if (m.mask[i] === 0) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  if (x1 < 0) return { mask: { mask: new Uint8Array(0), width: 0, height: 0 }, left: 0, top: 0 };
  const width = x1 - x0 + 1;
  const height = y1 - y0 + 1;
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) mask.set(m.mask.subarray((y0 + y) * m.width + x0, (y0 + y) * m.width + x1 + 1), y * width);
  return { mask: { mask, width, height }, left: x0, top: y0 };
}
