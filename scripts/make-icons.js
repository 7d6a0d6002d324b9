#!/usr/bin/env node
/**
 * Draws the add-in's ribbon/store icons (a green tile with three white bars and a check) as PNGs into assets/.
 * Plain Node (zlib) so the icons are reproducible without an image editor: `node scripts/make-icons.js`.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 4);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [16, 124, 65, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
function icon(u, v) {
  const margin = 0.06;
  const radius = 0.16;
  const dx = Math.max(margin + radius - u, 0, u - (1 - margin - radius));
  const dy = Math.max(margin + radius - v, 0, v - (1 - margin - radius));
  if (u < margin || v < margin || u > 1 - margin || v > 1 - margin || dx * dx + dy * dy > radius * radius) return CLEAR;
  // three bars (a form's rows) and a check mark (evaluated)
  const bars = [0.3, 0.48, 0.66].some((top) => v >= top && v < top + 0.09 && u >= 0.22 && u < 0.56);
  const onCheck = (a, b, c, d, w) => {
    const t = Math.max(0, Math.min(1, ((u - a) * (c - a) + (v - b) * (d - b)) / ((c - a) ** 2 + (d - b) ** 2)));
    return Math.hypot(u - (a + t * (c - a)), v - (b + t * (d - b))) < w;
  };
  const check = onCheck(0.6, 0.55, 0.68, 0.68, 0.055) || onCheck(0.68, 0.68, 0.82, 0.32, 0.055);
  return bars || check ? WHITE : GREEN;
}

const assets = path.join(__dirname, '..', 'assets');
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(assets, `icon-${size}.png`), png(size, icon));
}
console.log('icons written to', assets);
