// Draws images/icon.png (128x128): lines of text on a page, with a lens over them.
// Usage: node images/make-icon.mjs   (no dependencies: the PNG is written with node:zlib)
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

const BG = [28, 52, 92]; // dark blue
const PAGE = [245, 242, 232];
const TEXT = [120, 128, 140];
const MARK = [232, 160, 32]; // a highlighted phrase, as the extension marks entities
const LENS = [250, 250, 250];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};

/** Colour of one sample point, painted back to front; undefined is transparent. */
function sample(x, y) {
  let c;
  if (inRoundRect(x, y, 2, 2, 126, 126, 22)) c = BG;
  if (inRoundRect(x, y, 20, 18, 96, 110, 6)) c = PAGE;
  // Lines of text; the third one has a highlighted phrase.
  for (let i = 0; i < 6; i++) {
    const y0 = 30 + i * 13;
    const x1 = i === 5 ? 64 : 86;
    if (inRoundRect(x, y, 30, y0, x1, y0 + 5, 2.5)) c = i === 2 && x > 44 && x < 74 ? MARK : TEXT;
  }
  // The lens: a ring and a handle.
  const lx = 70, ly = 66, r = 24;
  const d = Math.hypot(x - lx, y - ly);
  if (d < r - 4 && c) c = c.map((v, k) => Math.round(v * 0.8 + [255, 236, 180][k] * 0.2));
  if (d >= r - 4 && d <= r + 3) c = LENS;
  const t = ((x - lx) + (y - ly)) / 2; // distance along the diagonal
  const n = Math.abs((x - lx) - (y - ly)) / Math.SQRT2; // distance from it
  if (t > (r + 2) / Math.SQRT2 && t < 48 && n <= 6) c = LENS;
  return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = sample(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (c) (r += c[0]), (g += c[1]), (b += c[2]), a++;
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
