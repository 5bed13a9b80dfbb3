/** Answers a request with a CSV file download (the responses and sends exports). */
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * Streams `chunks` as `<name>-<UTC date>.csv`. Never cached: the files hold customers' words and contact details
 * (and, for sends, personal links that answer as the person).
 */
export function sendCsvDownload(reply: FastifyReply, name: string, chunks: AsyncIterable<string>): FastifyReply {
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${day}.csv"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(chunks));
}
