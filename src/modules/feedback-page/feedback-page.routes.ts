/** Public feedback page /f/<workspace> (built in issue 3) */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

export function registerFeedbackPages(_app: FastifyInstance, _ctx: AppContext): void {}
