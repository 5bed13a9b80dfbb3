import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

// Random bytes drawn 4 KiB at a time: one getRandomValues call per id is measurably slow on the ingest path.
const POOL = Buffer.alloc(4096);
let offset = POOL.length;

function random16(): Uint8Array {
  if (offset + 16 > POOL.length) {
    randomFillSync(POOL);
    offset = 0;
  }
  const out = POOL.subarray(offset, offset + 16);
  offset += 16;
  return out;
}

// Monotonic within a millisecond (as uuid's own v7 does): ids made in one millisecond still sort in order.
let lastMs = -Infinity;
let seq = 0;

/** Time-ordered unique id (UUIDv7): sorts by creation, cannot be guessed from a neighbour. */
export function newId(): string {
  const random = random16();
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMs++;
  }
  return uuidv7({ random, msecs: lastMs, seq });
}

/** The current time as the ISO-8601 UTC text every timestamp column holds. */
export function nowIso(): string {
  return new Date().toISOString();
}
