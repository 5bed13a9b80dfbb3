/** Website widget script and its public endpoints (built in issue 3) */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

export function registerWidgetRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
