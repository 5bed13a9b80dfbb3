/** Shared helpers of the survey-page and feedback-page tests. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { call, unique } from '../harness.ts';

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A form-encoded body; arrays repeat the key (checkboxes). */
export function encode(fields: Record<string, string | number | string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, String(x));
  return p.toString();
}

export async function post(app: FastifyInstance, url: string, fields: Record<string, string | number | string[]>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: { ...FORM, ...headers }, payload: encode(fields) });
}

/** A personal survey link (path only) for a new person. */
export async function personalLink(app: FastifyInstance, key: string, surveyId: string, person: Record<string, string> = {}): Promise<{ path: string; sendId: string; email: string }> {
  const email = `${unique('p')}@example.com`;
  const res = await call(app, key, 'POST', `/api/v1/surveys/${surveyId}/send`, { people: [{ email, ...person }], channel: 'link' });
  expect(res.statusCode, res.body).toBe(202);
  const send = (res.json() as { sends: { id: string; link: string }[] }).sends[0]!;
  return { path: new URL(send.link).pathname, sendId: send.id, email };
}

export interface ResponseJson {
  id: string;
  score: number | null;
  comment: string | null;
  answers: Record<string, unknown>;
  channel: string;
  person: { email: string | null; name: string | null } | null;
  properties: Record<string, unknown>;
  surveyId: string;
}

export async function responsesOf(app: FastifyInstance, key: string, query: string): Promise<ResponseJson[]> {
  const res = await call(app, key, 'GET', `/api/v1/responses?${query}&limit=200`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { data: ResponseJson[] }).data;
}

/** The body of a page's <main>, for readable assertions. */
export function mainOf(body: string): string {
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(body)?.[1] ?? '';
}
