import sharp from 'sharp';

/**
 * A phone-like photo for privacy tests: a JPEG that says where it was taken, in EXIF
 * (GPS IFD), XMP and IPTC, and that is stored landscape with EXIF orientation 6, so it
 * shows portrait only when the orientation is applied. The stored image's left edge is
 * red: once turned upright it is the top edge.
 */

/** 20°25'12.34" N, 106°10'56.78" E: where the photo "was taken". */
export const GPS = {
  latitude: [20, 25, 12.34],
  longitude: [106, 10, 56.78],
} as const;

/** As stored, before the orientation is applied. */
export const STORED = { width: 1600, height: 1250 } as const;
/** As shown, after EXIF orientation 6 (turn 90° clockwise). */
export const UPRIGHT = { width: STORED.height, height: STORED.width } as const;

const RED_EDGE = 200;
const XMP_MARKER = 'adobe:ns:meta/';
const IPTC_CITY = 'Xom Dong, Hai Hau';

const rational = ([d, m, s]: readonly number[]) => `${d}/1 ${m}/1 ${Math.round(s! * 100)}/100`;

/**
 * The GPS latitude as EXIF stores it: three unsigned rationals (degrees, minutes,
 * hundredths of seconds), little-endian as sharp writes them. Finding these 24 bytes
 * in a file means the coordinates are in it.
 */
export function latitudeBytes(): Buffer {
  const [d, m, s] = GPS.latitude;
  const bytes = Buffer.alloc(24);
  [d, 1, m, 1, Math.round(s * 100), 100].forEach((n, i) => bytes.writeUInt32LE(n, i * 4));
  return bytes;
}

/** Byte strings that reveal EXIF, XMP or IPTC data, or this photo's coordinates, wherever they occur. */
export const METADATA_MARKERS: Record<string, Buffer> = {
  'EXIF header (Exif\\0\\0)': Buffer.from('Exif\0\0', 'latin1'),
  'GPS latitude': latitudeBytes(),
  'XMP packet': Buffer.from(XMP_MARKER),
  'XMP GPS': Buffer.from('exif:GPSLatitude'),
  'IPTC (Photoshop 3.0)': Buffer.from('Photoshop 3.0\0', 'latin1'),
  'IPTC city': Buffer.from(IPTC_CITY),
};

/** Names of the markers found in some bytes. */
export function markersIn(bytes: Buffer): string[] {
  return Object.entries(METADATA_MARKERS)
    .filter(([, marker]) => bytes.includes(marker))
    .map(([name]) => name);
}

const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="${XMP_MARKER}"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="20,25.2057N" exif:GPSLongitude="106,10.9463E"/>
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;

/** An APP13 segment (Photoshop image resources) holding an IPTC-IIM record: version and city. */
function iptcSegment(): Buffer {
  const city = Buffer.from(IPTC_CITY);
  const iim = Buffer.concat([
    Buffer.from([0x1c, 2, 0, 0, 2, 0, 4]),
    Buffer.from([0x1c, 2, 90, 0, city.length]),
    city,
  ]);
  const padded = iim.length % 2 ? Buffer.concat([iim, Buffer.from([0])]) : iim;
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, padded]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xed]), length, body]);
}

/** The photo: JPEG with EXIF (orientation 6, GPS), XMP and IPTC. `tone` tells photos apart. */
export async function gpsPhoto(tone = '#4a7c59'): Promise<Buffer> {
  const edge = await sharp({ create: { width: RED_EDGE, height: STORED.height, channels: 3, background: '#d00000' } }).png().toBuffer();
  const jpeg = await sharp({ create: { width: STORED.width, height: STORED.height, channels: 3, background: tone } })
    .composite([{ input: edge, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Điện thoại thử nghiệm', Model: 'Kiểm thử' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: rational(GPS.latitude),
        GPSLongitudeRef: 'E',
        GPSLongitude: rational(GPS.longitude),
      },
    })
    .withXmp(xmp)
    .toBuffer();
  // After SOI (2 bytes): the IPTC segment sharp cannot write itself.
  return Buffer.concat([jpeg.subarray(0, 2), iptcSegment(), jpeg.subarray(2)]);
}

/** Where the red edge is in a decoded image: the mean red minus green of its top and bottom rows. */
export async function redEdge(image: Buffer): Promise<{ top: number; bottom: number }> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rowRedness = (y: number) => {
    let sum = 0;
    for (let x = 0; x < info.width; x++) sum += data[(y * info.width + x) * 3]! - data[(y * info.width + x) * 3 + 1]!;
    return sum / info.width;
  };
  return { top: rowRedness(2), bottom: rowRedness(info.height - 3) };
}
