import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { Palette, palettePng, type Rgb } from '../../src/lib/palette-png.ts';

const RED: Rgb = [255, 0, 0];
const GREEN: Rgb = [0, 255, 0];
const BLUE: Rgb = [0, 0, 255];

/** Decodes with sharp (libpng, which checks every CRC): metadata and RGB pixels. */
async function decode(png: Buffer) {
  const meta = await sharp(png).metadata();
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { meta, pixels: [...data], channels: info.channels };
}

describe('palette PNG writer', () => {
  // 3×2, off-palette colours included: the top row is red, near-green, blue; the bottom
  // row near-blue, yellow (as near red as green: the first entry wins), green.
  const pixels = Uint8Array.from([255, 0, 0, 10, 240, 5, 0, 0, 255, 0, 0, 250, 250, 250, 0, 0, 255, 0]);
  const expected = [...RED, ...GREEN, ...BLUE, ...BLUE, ...RED, ...GREEN];

  test('a tiny image decodes to the nearest palette entry of each pixel, at the smallest bit depth by default', async () => {
    const { meta, pixels: decoded, channels } = await decode(palettePng(pixels, 3, 2, new Palette([RED, GREEN, BLUE])));
    expect([meta.format, meta.width, meta.height, meta.isPalette, meta.bitsPerSample, channels]).toEqual(['png', 3, 2, true, 2, 3]);
    expect(decoded).toEqual(expected);
  });

  test('every bit depth the palette fits in gives the same pixels (rows padded to a whole byte)', async () => {
    const palette = new Palette([RED, GREEN, BLUE]);
    for (const bitDepth of [2, 4, 8] as const) {
      const { meta, pixels: decoded } = await decode(palettePng(pixels, 3, 2, palette, { bitDepth, level: 6 }));
      expect([meta.isPalette, meta.bitsPerSample]).toEqual([true, bitDepth]);
      expect(decoded).toEqual(expected);
    }
    // Two colours fit in one bit: 9 pixels a row leave 7 padding bits.
    const row = [RED, GREEN, GREEN, RED, RED, RED, GREEN, RED, GREEN];
    const image = [...row, ...row, ...row.toReversed()].flat();
    const { meta, pixels: decoded } = await decode(palettePng(Uint8Array.from(image), 9, 3, new Palette([RED, GREEN])));
    expect(meta.bitsPerSample).toBe(1);
    expect(decoded).toEqual(image);
  });

  test('rows equal to the one above, or differing only in their first or last pixel, and colours met again later, decode right', async () => {
    const palette = new Palette([RED, GREEN, BLUE]);
    const row = [[255, 0, 0], [1, 250, 3], [2, 2, 200], [255, 0, 0]];
    const rows = [row, row, [[1, 250, 3], [1, 250, 3], [255, 0, 0], [2, 2, 200]], row, row.with(3, [0, 0, 255]), row, row.with(0, [0, 255, 0])];
    const { pixels: decoded } = await decode(palettePng(Uint8Array.from(rows.flat(2)), 4, rows.length, palette));
    const mapped = [RED, GREEN, BLUE, RED];
    expect(decoded).toEqual([mapped, mapped, [GREEN, GREEN, RED, BLUE], mapped, mapped.with(3, BLUE), mapped, mapped.with(0, GREEN)].flat(2));
  });

  test('eight-pixel runs taken from the row above, widths off the run length, unaligned buffers and images made one after another decode right', async () => {
    const colours: Rgb[] = [RED, GREEN, BLUE, [250, 250, 250]];
    const palette = new Palette(colours);
    // Rows of `width` pixels, each like the one above except in a few places (as a line of text is).
    const image = (width: number, height: number, seed: number) => {
      const rows: Rgb[][] = [Array.from({ length: width }, (_, x) => colours[(x * 7 + seed) % 4]!)];
      for (let y = 1; y < height; y++) rows.push(rows[y - 1]!.map((c, x) => ((x * 13 + y * 5 + seed) % 9 === 0 ? colours[(x + y) % 4]! : c)));
      return rows.flat();
    };
    for (const [width, height] of [[24, 6], [20, 5], [21, 5], [9, 4], [3, 2]] as const) {
      const pixels = image(width, height, width);
      for (const bitDepth of [2, 4, 8] as const) {
        const { pixels: decoded } = await decode(palettePng(Uint8Array.from(pixels.flat()), width, height, palette, { bitDepth }));
        expect(decoded, `${width}×${height} at ${bitDepth} bits`).toEqual(pixels.flat());
      }
      // The same pixels one byte into their buffer: no 32-bit view of them.
      const shifted = new Uint8Array(pixels.length * 3 + 1);
      shifted.set(pixels.flat(), 1);
      const { pixels: decoded } = await decode(palettePng(shifted.subarray(1), width, height, palette));
      expect(decoded, `${width}×${height}, unaligned`).toEqual(pixels.flat());
    }
  });

  test('the palette maps a colour to the entry at the least squared RGB distance, the first of equals, cached or not', () => {
    const colours: Rgb[] = [[251, 250, 247], [29, 27, 25], [161, 35, 27], [243, 230, 196], [140, 138, 136], [200, 100, 100]];
    const palette = new Palette(colours);
    const nearest = (r: number, g: number, b: number) => {
      const distances = colours.map(([pr, pg, pb]) => (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2);
      return distances.indexOf(Math.min(...distances));
    };
    // Every colour of a 32-level grid, twice: the second pass is served by the cache.
    for (let pass = 0; pass < 2; pass++) {
      for (let r = 0; r < 256; r += 8) {
        for (let g = 0; g < 256; g += 8) {
          for (let b = 0; b < 256; b += 8) {
            if (palette.nearest((r << 16) | (g << 8) | b) !== nearest(r, g, b)) throw new Error(`rgb(${r}, ${g}, ${b}), pass ${pass}`);
          }
        }
      }
    }
    expect(palette.nearest(0)).toBe(1);
    // Midway between two entries: the first.
    expect(new Palette([[0, 0, 0], [2, 0, 0]]).nearest(0x010000)).toBe(0);
  });

  test('a palette that does not fit the bit depth, a pixel buffer of the wrong length and a bad size are refused', () => {
    const sixteen = new Palette(Array.from({ length: 16 }, (_, i): Rgb => [i, i, i]));
    const seventeen = new Palette(Array.from({ length: 17 }, (_, i): Rgb => [i, i, i]));
    const image = new Uint8Array(3 * 2 * 3);
    expect(palettePng(image, 3, 2, sixteen, { bitDepth: 4 }).length).toBeGreaterThan(0);
    expect(() => palettePng(image, 3, 2, seventeen, { bitDepth: 4 })).toThrow(/17 colours do not fit in 4 bits/);
    expect(() => palettePng(image, 3, 2, new Palette([RED, GREEN, BLUE]), { bitDepth: 1 })).toThrow(/3 colours do not fit in 1 bit/);
    expect(() => palettePng(image.subarray(1), 3, 2, sixteen)).toThrow(/18 bytes, not 17/);
    expect(() => palettePng(image, 2, 2, sixteen)).toThrow(/12 bytes, not 18/);
    expect(() => palettePng(new Uint8Array(0), 0, 0, sixteen)).toThrow(/size/);
    expect(() => palettePng(image, 3, 2, sixteen, { bitDepth: 3 as 4 })).toThrow(/1, 2, 4 or 8 bits/);
    // Seventeen colours are fine at 8 bits, the smallest depth that holds them.
    expect(seventeen.bitDepth).toBe(8);
  });

  test('a palette has 1 to 256 colours of three bytes each', () => {
    expect(() => new Palette([])).toThrow(/1 to 256/);
    expect(() => new Palette(Array.from({ length: 257 }, (): Rgb => RED))).toThrow(/1 to 256/);
    expect(() => new Palette([[256, 0, 0]])).toThrow(/three bytes/);
    expect(() => new Palette([[1.5, 0, 0]])).toThrow(/three bytes/);
    expect(() => new Palette([[0, 0] as unknown as Rgb])).toThrow(/three bytes/);
  });
});
