import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderOgPixels } from '../../src/lib/og-image.ts';
import { OG_LAYOUT, OG_WIDTH, textWidth, type OgCardData } from '../../src/lib/og-card.ts';
import { GlyphFont, type TextMask } from '../../src/lib/og-text.ts';
import { RgbCanvas } from '../../src/lib/rgb-canvas.ts';

const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));
const BOLD = projectRequire.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf');
const REGULAR = projectRequire.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf');

/** The ink box of the same text set by Pango through sharp, as the cards were drawn before. */
async function pangoInk(text: string, size: number, file: string, bold: boolean, width = 2000) {
  const { width: w, height: h } = await sharp({ text: { text, font: `Be Vietnam Pro ${bold ? 'Bold ' : ''}${size}px`, fontfile: file, width, wrap: 'word' } }).metadata();
  return { width: w!, height: h! };
}

/** Rows of a mask that have any ink, grouped into runs: one run a line of text without descenders touching the next. */
function inkRows(m: TextMask): number {
  let rows = 0;
  for (let y = 0; y < m.height; y++) if (m.mask.subarray(y * m.width, (y + 1) * m.width).some((a) => a > 0)) rows++;
  return rows;
}

let bold: GlyphFont;
let regular: GlyphFont;
beforeAll(async () => {
  [bold, regular] = await Promise.all([GlyphFont.load(BOLD), GlyphFont.load(REGULAR)]);
});

describe('text set from cached glyphs', () => {
  test.each([
    ['Nguyễn Thị Thu Hương', 32, true],
    ['Tổ hợp tác AVAV “Văn” — Tr Ty Wả, 12.500.000 đồng', 44, true],
    ['Tập thể · Khoa học, công nghệ · Huyện Giao Thủy', 24, false],
  ])('“%s” at %i px is as wide as Pango sets it (HarfBuzz advances and kerning, whole pixels)', async (text, size, isBold) => {
    const set = (await (isBold ? bold : regular).set(text, size, 2000))!;
    const pango = await pangoInk(text, size, isBold ? BOLD : REGULAR, isBold);
    expect(set.width).toBe(pango.width);
    expect(Math.abs(set.height - pango.height)).toBeLessThanOrEqual(1);
  });

  test.each([24, 30, 32])('flat tops and bottoms fall on whole pixel rows at %i px, as a hinter puts them (crisp, and fewer colours to store)', async (size) => {
    // Cap height 740 units of 1,000: 17.76 px at 24, 22.2 at 30, 23.68 at 32; unsnapped, the top row of “H” is part-covered.
    const h = (await bold.set('H', size, 2000))!;
    const row = (y: number) => Math.max(...h.mask.subarray(y * h.width, (y + 1) * h.width));
    expect(row(0)).toBe(255);
    expect(row(h.height - 1)).toBe(255);
    expect(h.height).toBe(Math.round(0.74 * size));
  });

  test('kerning is applied: “AV” sets narrower than its letters side by side', async () => {
    const [av, a, v] = await Promise.all(['AV', 'A', 'V'].map((t) => bold.set(t, 56, 2000)));
    expect(av!.width).toBeLessThan(a!.width + v!.width);
  });

  test('a title wider than its box wraps at the spaces Pango wraps at, none of its lines wider than the box', async () => {
    const title = 'Hợp tác xã nông nghiệp Giao Tiến đổi mới cách làm, nâng thu nhập cho người trồng lúa';
    const one = (await bold.set(title, 56, 4000))!;
    const wrapped = (await bold.set(title, 56, 600))!;
    const pango = await pangoInk(title, 56, BOLD, true, 600);
    expect(one.width).toBeGreaterThan(600);
    expect(wrapped.width).toBeLessThanOrEqual(600);
    expect(wrapped.height).toBeGreaterThan(3 * 71);
    expect(wrapped.width).toBe(pango.width);
    expect(Math.abs(wrapped.height - pango.height)).toBeLessThanOrEqual(1);
  });

  test('a word longer than the line is broken between letters rather than running off the card', async () => {
    const word = 'Siêudàiliềnmộtchữkhôngcódấucáchnàocả';
    const set = (await bold.set(word, 56, 400))!;
    expect(set.width).toBeLessThanOrEqual(400);
    expect(inkRows(set)).toBeGreaterThan(inkRows((await bold.set('Siêu', 56, 400))!));
  });

  test('a line break in the text starts a new line; empty text is an empty mask', async () => {
    const two = (await regular.set('Hải Hậu\nGiao Thủy', 24, 2000))!;
    const one = (await regular.set('Hải Hậu Giao Thủy', 24, 2000))!;
    expect(two.height).toBeGreaterThan(one.height + 20);
    expect(two.width).toBeLessThan(one.width);
    expect(await regular.set('', 24, 2000)).toEqual({ mask: new Uint8Array(0), width: 0, height: 0 });
  });

  test('each glyph is drawn once a size: text of glyphs already drawn makes no sharp call', async () => {
    const font = await GlyphFont.load(BOLD);
    await font.set('Nam Định', 40, 2000);
    expect(font.drawCalls).toBe(1);
    await font.set('Nam Định', 40, 2000);
    await font.set('Định Nam', 40, 2000);
    expect(font.drawCalls).toBe(1);
    await font.set('Nam Định', 41, 2000);
    expect(font.drawCalls).toBe(2);
  });

  test('a character the font lacks is not set here (the card falls back to Pango), while Vietnamese is', async () => {
    expect(await bold.set('Hợp tác xã 漢字', 56, 2000)).toBeUndefined();
    expect(await bold.set('Hợp tác xã', 56, 2000)).toBeDefined();
  });
});

describe('cards with text the font lacks', () => {
  const card = (title: string): OgCardData => ({ title, subject: 'Nguyễn Văn An', eyebrow: 'Cá nhân', award: '', site: 'Điển hình tiên tiến Nam Định', withCover: false });
  /** Pixels of the title's band that differ from the background. */
  async function titleInk(title: string): Promise<number> {
    const rgb = await renderOgPixels(card(title));
    const bg = new RgbCanvas(1, 1, OG_LAYOUT.colours.bg).data;
    let ink = 0;
    const left = OG_LAYOUT.padding.left;
    for (let y = 150; y < 400; y++) {
      for (let x = left; x < left + textWidth(false); x++) {
        const o = (y * OG_WIDTH + x) * 3;
        if (rgb[o] !== bg[0] || rgb[o + 1] !== bg[1] || rgb[o + 2] !== bg[2]) ink++;
      }
    }
    return ink;
  }

  test('are still drawn, through Pango, with as much ink as a title the font has', async () => {
    const fallback = await titleInk('Hợp tác xã 漢字 Giao Tiến');
    const plain = await titleInk('Hợp tác xã Hải Giao Tiến');
    expect(plain).toBeGreaterThan(5000);
    expect(fallback).toBeGreaterThan(plain * 0.7);
  });
});

describe('canvas', () => {
  test('blends one colour through a coverage mask, as RGBA of that colour would, clipped to the canvas', () => {
    const viaMask = new RgbCanvas(3, 2, '#ffffff');
    viaMask.blendMask(Uint8Array.from([255, 128, 0, 9, 9, 9]), 3, 2, 0, 1, '#a1231b');
    const viaRgba = new RgbCanvas(3, 2, '#ffffff');
    viaRgba.blend(Uint8Array.from([0xa1, 0x23, 0x1b, 255, 0xa1, 0x23, 0x1b, 128, 0xa1, 0x23, 0x1b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 3, 2, 0, 1);
    expect([...viaMask.data]).toEqual([...viaRgba.data]);
    expect([...viaMask.data.subarray(9, 12)]).toEqual([0xa1, 0x23, 0x1b]);
    expect([...viaMask.data.subarray(0, 9)]).toEqual(new Array(9).fill(255));
  });
});
