/**
 * Opaque cursors for keyset pagination over (created_at, id), newest first. Keyset rather than offset so that a
 * page deep in 10 million responses costs the same as the first one.
 */
import { AppError } from './errors.ts';

export interface CursorPosition {
  createdAt: string;
  id: string;
}

export function encodeCursor(pos: CursorPosition): string {
  return Buffer.from(JSON.stringify([pos.createdAt, pos.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    /* fall through */
  }
  throw new AppError('validation_error', 'cursor: not a cursor returned by this API', [{ field: 'cursor', message: 'invalid cursor' }]);
}
