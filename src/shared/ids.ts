import { v7 as uuidv7 } from 'uuid';

/** Time-ordered unique id (UUIDv7): sorts by creation, cannot be guessed from a neighbour. */
export function newId(): string {
  return uuidv7();
}

/** The current time as the ISO-8601 UTC text every timestamp column holds. */
export function nowIso(): string {
  return new Date().toISOString();
}
