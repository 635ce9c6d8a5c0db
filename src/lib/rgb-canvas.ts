/**
 * An RGB pixel buffer that text and shapes are blended onto in place, then encoded once.
 * sharp's own composite re-processes the whole card for every overlay (about 4 ms each);
 * blending the few small layers here costs about a millisecond in all.
 */
/** Canvases already filled with one colour, copied for each new canvas of that size. */
const blanks = new Map<string, Buffer>();
/** Pixel buffers of released canvases, by byte length; a few, for cards drawn at the same time. */
const spare = new Map<number, Buffer[]>();
const SPARE_MAX = 4;

export class RgbCanvas {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;

  constructor(width: number, height: number, background: string) {
    this.width = width;
    this.height = height;
    // Filling with a 3-byte pattern costs ~2 ms for a 1200×630 card; copying a filled one, ~0.2 ms.
    const key = `${width}x${height}${background}`;
    let blank = blanks.get(key);
    if (!blank) {
      blank = Buffer.alloc(width * height * 3, Buffer.from(hexColour(background)));
      blanks.set(key, blank);
    }
    // A released canvas's memory is reused: fresh 2 MB buffers cost page faults (~3 ms a card).
    this.data = spare.get(blank.length)?.pop() ?? Buffer.allocUnsafe(blank.length);
    blank.copy(this.data);
  }

  /** Hands the pixels back for the next canvas of this size; the canvas must not be used after. */
  release(): void {
    const list = spare.get(this.data.length) ?? [];
    if (list.length < SPARE_MAX) list.push(this.data);
    spare.set(this.data.length, list);
  }

  /** Fills a rectangle with one colour, clipped to the canvas. */
  fill(left: number, top: number, width: number, height: number, colour: string): void {
    const pixel = Buffer.from(hexColour(colour));
    const [x0, y0, x1, y1] = this.clip(left, top, width, height);
    for (let y = y0; y < y1; y++) {
      const row = ((top + y) * this.width + left) * 3;
      this.data.fill(pixel, row + x0 * 3, row + x1 * 3);
    }
  }

  /** Draws straight (not premultiplied) RGBA pixels over the canvas: the “over” operator. */
  blend(rgba: Uint8Array, width: number, height: number, left: number, top: number): void {
    const out = this.data;
    const [x0, y0, x1, y1] = this.clip(left, top, width, height);
    for (let y = y0; y < y1; y++) {
      let o = ((top + y) * this.width + left + x0) * 3;
      let i = (y * width + x0) * 4;
      for (let x = x0; x < x1; x++, o += 3, i += 4) {
        const a = rgba[i + 3]!;
        if (a === 0) continue;
        if (a === 255) {
          out[o] = rgba[i]!;
          out[o + 1] = rgba[i + 1]!;
          out[o + 2] = rgba[i + 2]!;
          continue;
        }
        const b = 255 - a;
        out[o] = (rgba[i]! * a + out[o]! * b + 127) / 255;
        out[o + 1] = (rgba[i + 1]! * a + out[o + 1]! * b + 127) / 255;
        out[o + 2] = (rgba[i + 2]! * a + out[o + 2]! * b + 127) / 255;
      }
    }
  }

  /**
   * Draws one colour through a coverage mask (0–255 a pixel, as text is set by
   * src/lib/og-text.ts): the same “over” as {@link blend} with that colour's RGBA.
   */
  blendMask(mask: Uint8Array, width: number, height: number, left: number, top: number, colour: string): void {
    const [r, g, b] = hexColour(colour);
    const out = this.data;
    const [x0, y0, x1, y1] = this.clip(left, top, width, height);
    for (let y = y0; y < y1; y++) {
      let o = ((top + y) * this.width + left + x0) * 3;
      for (let x = x0, i = y * width + x0; x < x1; x++, o += 3, i++) {
        const a = mask[i]!;
        if (a === 0) continue;
        if (a === 255) {
          out[o] = r;
          out[o + 1] = g;
          out[o + 2] = b;
          continue;
        }
        const rest = 255 - a;
        out[o] = (r * a + out[o]! * rest + 127) / 255;
        out[o + 1] = (g * a + out[o + 1]! * rest + 127) / 255;
        out[o + 2] = (b * a + out[o + 2]! * rest + 127) / 255;
      }
    }
  }

  /** Copies opaque RGB pixels onto the canvas. */
  paste(rgb: Uint8Array, width: number, height: number, left: number, top: number): void {
    const [x0, y0, x1, y1] = this.clip(left, top, width, height);
    for (let y = y0; y < y1; y++) {
      const from = (y * width + x0) * 3;
      this.data.set(rgb.subarray(from, from + (x1 - x0) * 3), ((top + y) * this.width + left + x0) * 3);
    }
  }

  /** The part of a `width`×`height` rectangle at (`left`, `top`) that falls on the canvas, in its own coordinates. */
  private clip(left: number, top: number, width: number, height: number): [number, number, number, number] {
    return [Math.max(0, -left), Math.max(0, -top), Math.min(width, this.width - left), Math.min(height, this.height - top)];
  }
}

/** `#rrggbb` as three bytes. */
export function hexColour(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
