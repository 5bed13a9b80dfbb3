import type { AppContext } from '../../app-context.ts';
import type { Auth } from '../../modules/auth/policy.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * The CLI runs with the operator's authority over the survey's workspace: whoever can run it on the server can
 * read the database file anyway.
 */
export async function systemAuthForSurvey(ctx: AppContext, surveyId: string): Promise<Auth> {
  const row = await ctx.database.db.selectFrom('survey').select('workspace_id').where('id', '=', surveyId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `no survey with id ${surveyId}`);
  return { workspaceId: row.workspace_id, via: 'api_key', role: null, scope: 'write', userId: null, apiKeyId: null };
}
