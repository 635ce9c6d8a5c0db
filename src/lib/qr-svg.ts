import QRCode from 'qrcode';

/**
 * A QR code as SVG for a URL: medium error correction (survives a smudge on newsprint)
 * and the standard four-module quiet zone, black on white so any phone reads it.
 *
 * The URL is one byte-mode segment. Left to itself the library searches for the
 * cheapest mix of modes (a shortest path over every split of the text), which took half
 * of each code's ~0.8 ms of CPU; our URLs are lower-case, so that search ends in byte
 * mode anyway for a URL (the same 1,000 codes, byte for byte).
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
