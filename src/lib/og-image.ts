import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp, { type JpegOptions } from 'sharp';
import { buildCacheDir, cachedFile } from './file-cache.ts';
import { OG_HEIGHT, OG_LAYOUT, OG_WIDTH, pangoSpan, textWidth, type OgCardData } from './og-card.ts';
import type { OgCardFile } from './press-urls.ts';
import { Palette, palettePng, type Rgb } from './palette-png.ts';
import { GlyphFont } from './og-text.ts';
import { hexColour, RgbCanvas } from './rgb-canvas.ts';

/**
 * Bump when the card's design or encoding changes: every cached image is then redrawn.
 * 3: cards without a cover are 16-colour palette PNGs.
 * 4: cards with a cover are JPEGs (the format is in the cache key and file name too).
 * 5: cards without a cover take a fixed palette of the card's colours (src/lib/palette-png.ts), not
 *    libimagequant's: half the encoding time, 9 % smaller, closer to the drawing.
 * 6: those cards are deflated at zlib level 6 instead of 8 (a fifth of the time, 7 % larger).
 * 7: text is set from cached glyphs (src/lib/og-text.ts), not by Pango each time.
 * 8: those glyphs have their key heights on whole pixels (crisper, 8 % smaller PNGs).
 */
const DESIGN_VERSION = 8;

/** One of the card's named colours (OG_LAYOUT.colours). */
export type OgColour = keyof typeof OG_LAYOUT.colours;

/**
 * Anti-aliased edges of a flat card lie on a few ramps: a colour drawn over another at
 * partial alpha. A ramp of the palette is the upper colour, the lower one and how many
 * evenly spaced blends between them (the end points are flat colours already).
 */
export type OgRamp = readonly [upper: OgColour, lower: OgColour, steps: number];

/**
 * The ramps of {@link FLAT_CARD_PNG}'s palette: 5 flat colours + 11 blends = 16 entries,
 * a 4-bit PNG. Measured on 200 generated cards (scripts/bench/og-cards.ts): eight steps
 * of text (or muted, which lies within 6 of that ramp) over the background, two of the
 * red site name, one of the award over its pill. Its error beats libimagequant's on every
 * measure, anti-aliased edges included (mean 11.3 against 11.7); palettes that spend
 * fewer steps on the text made files 3–7 % smaller but edges 25–46 % worse.
 */
export const FLAT_CARD_RAMPS: readonly OgRamp[] = [
  ['text', 'bg', 8],
  ['brand', 'bg', 2],
  ['text', 'accent', 1],
];

/**
 * A palette for flat cards: the five flat colours (background first), then each ramp's
 * blends, rounded as the canvas blends them.
 */
export function flatCardPalette(ramps: readonly OgRamp[] = FLAT_CARD_RAMPS): Palette {
  const c = (name: OgColour) => hexColour(OG_LAYOUT.colours[name]);
  const colours: Rgb[] = (['bg', 'text', 'muted', 'brand', 'accent'] as const).map(c);
  for (const [upper, lower, steps] of ramps) {
    const [fg, bg] = [c(upper), c(lower)];
    for (let i = 1; i <= steps; i++) {
      const a = Math.round((255 * i) / (steps + 1));
      const over = (k: 0 | 1 | 2) => Math.floor((fg[k] * a + bg[k] * (255 - a) + 127) / 255);
      colours.push([over(0), over(1), over(2)]);
    }
  }
  return new Palette(colours);
}

/**
 * A card without a cover is flat colours and anti-aliased text, encoded by
 * src/lib/palette-png.ts with a fixed palette of those colours and their blends
 * ({@link FLAT_CARD_RAMPS}): each pixel becomes the nearest entry, no quantiser, no
 * dithering. Against libimagequant (through sharp, zlib 6), a card takes 5 ms of CPU to
 * encode instead of 24, at 14.9 KB instead of 15.2 (`npm run bench:og`). zlib level 6:
 * level 8 makes cards 7 % smaller (13.9 KB, ~10 MB at 10,000 stories) for 6 ms more a
 * card, and a cold build is bound by CPU (both cores busy while pages render).
 */
const FLAT_CARD_PNG = { palette: flatCardPalette(), level: 6 } as const;

/**
 * A card with a cover photo is a JPEG: as a truecolor PNG a real photo made it ~806 KB,
 * as this JPEG ~126 KB (measured on a 720×477 photograph of a circuit board, detailed
 * enough to be a hard case). mozjpeg at quality 80. Chroma 4:4:4: with the default 4:2:0
 * the red site name blurs into the background (twice the colour error on its pixels,
 * edges visibly darker at 2× zoom) for a file 23 % smaller; the photo panel looks the
 * same either way. Written without metadata (sharp adds none unless asked).
 */
const PHOTO_CARD_JPEG: JpegOptions = { quality: 80, mozjpeg: true, chromaSubsampling: '4:4:4' };

/** How a card is encoded: the format comes from {@link ogCardFile} (src/lib/press-urls.ts). */
export type OgCardFormat = OgCardFile['format'];

/** Packages resolved from the project root (the build's working directory), not from a bundled chunk. */
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

/**
 * Be Vietnam Pro as whole TTF files (every Vietnamese glyph in one file), which Pango,
 * through sharp, loads directly; WOFF subsets (as @fontsource ships) it cannot read.
 */
const FONT_FILES = {
  regular: projectRequire.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: projectRequire.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** Something drawn on a card: its size, and how it is painted at a place on the canvas. */
interface Layer {
  width: number;
  height: number;
  paint(canvas: RgbCanvas, left: number, top: number): void;
}

/** An RGBA image (Pango's text, a shape from SVG) as a layer. */
function rgbaLayer(data: Buffer, width: number, height: number): Layer {
  return { width, height, paint: (canvas, left, top) => canvas.blend(data, width, height, left, top) };
}

/** Be Vietnam Pro for the typesetter, each weight loaded once a process (src/lib/og-text.ts). */
const glyphFonts = new Map<string, Promise<GlyphFont>>();
function glyphFont(bold: boolean): Promise<GlyphFont> {
  const file = bold ? FONT_FILES.bold : FONT_FILES.regular;
  let font = glyphFonts.get(file);
  if (!font) glyphFonts.set(file, (font = GlyphFont.load(file)));
  return font;
}

/**
 * One block of text, wrapped at `width`: set from cached glyphs (src/lib/og-text.ts,
 * ~0.4 ms), or by Pango through sharp when the font lacks a character (Pango falls back
 * to another font; ~2.4 ms).
 */
async function text(content: string, size: number, colour: string, width: number, bold = false): Promise<Layer> {
  const set = await (await glyphFont(bold)).set(content, size, width);
  if (set) return { width: set.width, height: set.height, paint: (canvas, left, top) => canvas.blendMask(set.mask, set.width, set.height, left, top, colour) };
  return pangoText(content, size, colour, width, bold);
}

/** A block of text set by Pango as RGBA, for characters Be Vietnam Pro lacks. */
async function pangoText(content: string, size: number, colour: string, width: number, bold: boolean): Promise<Layer> {
  const { data, info } = await sharp({
    text: {
      text: pangoSpan(content, colour),
      font: `Be Vietnam Pro ${bold ? 'Bold ' : ''}${size}px`,
      fontfile: bold ? FONT_FILES.bold : FONT_FILES.regular,
      width,
      rgba: true,
      wrap: 'word',
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return rgbaLayer(data, info.width, info.height);
}

/** A rounded box (the award pill, the sample tag) as RGBA, drawn from a tiny SVG. */
async function box(width: number, height: number, fill: string, stroke?: string): Promise<Layer> {
  const line = stroke ? ` stroke="${stroke}" stroke-width="2"` : '';
  const inset = stroke ? 1 : 0;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="${inset}" y="${inset}" width="${width - 2 * inset}" height="${height - 2 * inset}" rx="8" fill="${fill}"${line}/></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return rgbaLayer(data, info.width, info.height);
}

/** Layers that recur from card to card (site name, tag, eyebrow, award), kept for reuse; bounded. */
const recurring = new Map<string, Promise<Layer>>();
const RECURRING_MAX = 512;

function reuse(make: typeof text | typeof box, ...args: Parameters<typeof text> | Parameters<typeof box>): Promise<Layer> {
  const key = `${make.name}:${JSON.stringify(args)}`;
  let layer = recurring.get(key);
  if (!layer) {
    if (recurring.size >= RECURRING_MAX) recurring.delete(recurring.keys().next().value!);
    layer = (make as (...a: typeof args) => Promise<Layer>)(...args);
    recurring.set(key, layer);
  }
  return layer;
}

/**
 * Draws a card: flat background and red bar, text set by Pango in Be Vietnam Pro, the
 * cover photo on the right, blended on one RGB canvas. The title takes the largest size
 * at which it fits between the eyebrow and the subject. The caller releases the canvas.
 */
async function drawCard(card: OgCardData, cover?: Buffer): Promise<RgbCanvas> {
  const L = OG_LAYOUT;
  const { colours: c, padding: p } = L;
  const width = textWidth(card.withCover);
  const left = p.left;
  const canvas = new RgbCanvas(OG_WIDTH, OG_HEIGHT, c.bg);
  const draw = (layer: Layer, x: number, y: number) => layer.paint(canvas, Math.round(x), Math.round(y));
  canvas.fill(0, 0, L.barWidth, OG_HEIGHT, c.brand);

  // Top: site name, sample tag, eyebrow.
  const tag = card.sampleTag ? await reuse(text, card.sampleTag, L.tagSize, c.muted, width, true) : undefined;
  const site = await reuse(text, card.site.toUpperCase(), L.siteSize, c.brand, width - (tag ? tag.width + 40 : 0), true);
  draw(site, left, p.top);
  if (tag) {
    const frame = await reuse(box, tag.width + 24, tag.height + 8, c.bg, c.muted);
    const tagLeft = left + width - frame.width;
    draw(frame, tagLeft, p.top - 2);
    draw(tag, tagLeft + 12, p.top + 2);
  }
  const eyebrowTop = p.top + site.height + L.gap;
  const eyebrow = await reuse(text, card.eyebrow, L.eyebrowSize, c.muted, width);
  draw(eyebrow, left, eyebrowTop);

  // Bottom, anchored to the bottom edge: the subject's name, then the award pill.
  const award = card.award ? await reuse(text, card.award, L.awardSize, c.text, width - 32) : undefined;
  const pill = award ? await reuse(box, award.width + 32, award.height + 12, c.accent) : undefined;
  const pillTop = OG_HEIGHT - p.bottom - (pill?.height ?? 0);
  const subject = await text(card.subject, L.subjectSize, c.text, width, true);
  const subjectTop = (pill ? pillTop - L.gap : OG_HEIGHT - p.bottom) - subject.height;
  draw(subject, left, subjectTop);
  if (award && pill) {
    draw(pill, left, pillTop);
    draw(award, left + 16, pillTop + 6);
  }

  // Middle: the title, as large as fits.
  const titleTop = eyebrowTop + eyebrow.height + L.gap;
  const room = subjectTop - L.gap * 2 - titleTop;
  let title = await text(card.title, L.titleSizes[0], c.text, width, true);
  for (const size of L.titleSizes.slice(1)) {
    if (title.height <= room) break;
    title = await text(card.title, size, c.text, width, true);
  }
  draw(title, left, titleTop);

  if (cover) {
    // rotate(): upright by its EXIF orientation, as on the page (a phone's portrait photo is stored sideways).
    const photo = await sharp(cover).rotate().resize(L.coverWidth, OG_HEIGHT, { fit: 'cover' }).removeAlpha().raw().toBuffer();
    canvas.paste(photo, L.coverWidth, OG_HEIGHT, OG_WIDTH - L.coverWidth, 0);
  }
  return canvas;
}

/**
 * A card drawn, then encoded once: a 16-colour PNG ({@link FLAT_CARD_PNG}) or a JPEG
 * ({@link PHOTO_CARD_JPEG}). A photo would be posterised by 16 colours, so a PNG with a
 * cover is refused rather than drawn badly.
 */
export async function renderOgCard(card: OgCardData, cover: Buffer | undefined, format: OgCardFormat): Promise<Buffer> {
  if (format === 'png' && cover) throw new Error('A card with a cover photo is a JPEG (og.jpg), not a 16-colour PNG');
  const canvas = await drawCard(card, cover);
  try {
    if (format === 'png') return palettePng(canvas.data, OG_WIDTH, OG_HEIGHT, FLAT_CARD_PNG.palette, { level: FLAT_CARD_PNG.level });
    return await sharp(canvas.data, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } }).jpeg(PHOTO_CARD_JPEG).toBuffer();
  } finally {
    canvas.release();
  }
}

/** A card's pixels before encoding (RGB, row by row): what an encoded card is checked against. */
export async function renderOgPixels(card: OgCardData, cover?: Buffer): Promise<Buffer> {
  const canvas = await drawCard(card, cover);
  try {
    return Buffer.from(canvas.data);
  } finally {
    canvas.release();
  }
}

let renderer: string | undefined;

/** Versions that change the pixels: part of the cache key. */
function rendererVersion(): string {
  const font = (projectRequire('@expo-google-fonts/be-vietnam-pro/package.json') as { version: string }).version;
  // harfbuzzjs exports no package.json: read it beside its entry (dist/index.mjs).
  const harfbuzz = (JSON.parse(readFileSync(path.join(path.dirname(projectRequire.resolve('harfbuzzjs')), '../package.json'), 'utf8')) as { version: string }).version;
  renderer ??= [DESIGN_VERSION, sharp.versions.sharp, sharp.versions.pango, sharp.versions.rsvg, font, harfbuzz].join('/');
  return renderer;
}

/** Where drawn cards are kept between builds: beside Astro's own cache (ASTRO_CACHE_DIR-aware). */
export function ogCacheDir(env: Record<string, string | undefined> = process.env): string {
  return buildCacheDir('og-images', env);
}

/**
 * The encoded card, from the cache when the same text, cover bytes, format and renderer
 * were drawn before; otherwise drawn and stored under the hash of all of them, named with
 * the format's extension, so a JPEG is never read back where a PNG is asked for (or the
 * reverse) even if two keys met.
 */
export async function ogImage(card: OgCardData, coverPath: string | undefined, format: OgCardFormat, cacheDir: string = ogCacheDir(), onCached?: () => void): Promise<Buffer> {
  const cover = coverPath ? await readFile(coverPath) : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify({ renderer: rendererVersion(), format, card }))
    .update(cover ?? '')
    .digest('hex');
  return cachedFile(cacheDir, `${key}.${format}`, () => renderOgCard(card, cover, format), onCached);
}
