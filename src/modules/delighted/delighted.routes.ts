/** Delighted-compatible API under /delighted/v1 (built in issue 3) */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

export function registerDelightedRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
