/**
 * Node's native zlib for the package reader and writer: the same results as the fflate defaults, faster.
 * The only Node-specific file of src/package (the page uses the defaults).
 */
import * as zlib from 'node:zlib';
import type { InflateRaw } from './unzip';
import type { Crc32, DeflateRaw } from './zip-write';

export const nodeInflate: InflateRaw = (data, limit) => {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: limit + 1 });
  } catch (error) {
    // Past the cap: hand back a buffer one byte too long, which the reader reports as a lying entry.
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(limit + 1);
    throw error;
  }
};

export const nodeDeflate: DeflateRaw = (data, level) => zlib.deflateRawSync(data, { level });

/** zlib.crc32 (Node ≥ 20.15): native, where the table-driven default is a JS loop over every byte. */
export const nodeCrc32: Crc32 | undefined = typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : undefined;

export const NODE_CODEC = { inflate: nodeInflate, deflate: nodeDeflate, crc32: nodeCrc32 };
