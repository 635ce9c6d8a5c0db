import QRCode from 'qrcode';

/**
 * A QR code as SVG for a URL: medium error correction (survives a smudge on newsprint)
 * and the standard four-module quiet zone, black on white so any phone reads it.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
