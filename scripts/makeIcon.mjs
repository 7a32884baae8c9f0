// Draws media/icon.png (128×128): a ring of three nodes with a refcount
// badge. Written with Node's zlib only, so no image tool is needed.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

const N = 128;
const px = new Uint8Array(N * N * 4);
const set = (x, y, [r, g, b, a]) => {
  if (x < 0 || y < 0 || x >= N || y >= N) return;
  const i = (y * N + x) * 4;
  const k = a / 255;
  px[i] = px[i] * (1 - k) + r * k; px[i + 1] = px[i + 1] * (1 - k) + g * k; px[i + 2] = px[i + 2] * (1 - k) + b * k;
  px[i + 3] = Math.max(px[i + 3], a);
};
const disc = (cx, cy, r, c) => { for (let y = -r; y <= r; y++) for (let x = -r; x <= r; x++) if (x * x + y * y <= r * r) set(Math.round(cx + x), Math.round(cy + y), c); };
const line = (x0, y0, x1, y1, w, c) => { const n = Math.hypot(x1 - x0, y1 - y0); for (let t = 0; t <= n; t++) disc(x0 + ((x1 - x0) * t) / n, y0 + ((y1 - y0) * t) / n, w, c); };
// background: rounded square
for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) {
  const dx = Math.max(0, Math.abs(x - 63.5) - 46), dy = Math.max(0, Math.abs(y - 63.5) - 46);
  if (dx * dx + dy * dy <= 17 * 17) set(x, y, [30, 36, 48, 255]);
}
const nodes = [[64, 30], [96, 86], [32, 86]];
const edge = [232, 162, 92, 255];
for (let i = 0; i < 3; i++) { const [a, b] = [nodes[i], nodes[(i + 1) % 3]]; line(a[0], a[1], b[0], b[1], 3, edge); }
for (const [x, y] of nodes) { disc(x, y, 14, [255, 212, 59, 255]); disc(x, y, 9, [48, 105, 152, 255]); }
disc(64, 66, 11, [244, 135, 113, 255]);
// "2" badge as two strokes
line(59, 62, 68, 62, 1.5, [255, 255, 255, 255]); line(68, 62, 59, 71, 1.5, [255, 255, 255, 255]); line(59, 71, 69, 71, 1.5, [255, 255, 255, 255]);

const raw = Buffer.alloc((N * 4 + 1) * N);
for (let y = 0; y < N; y++) { raw[y * (N * 4 + 1)] = 0; Buffer.from(px.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1); }
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
fs.writeFileSync(new URL('../media/icon.png', import.meta.url), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
