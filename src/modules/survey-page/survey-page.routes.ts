/** Hosted survey pages /s/<token> and public links (built in issue 3) */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

export function registerSurveyPages(_app: FastifyInstance, _ctx: AppContext): void {}
