/**
 * Wires the services of one Clearloop process to its database. http/, cli/ and tests build one of these.
 */
import path from 'node:path';
import type { Config } from './config/env.ts';
import { type Database, openDatabase } from './db/create-db.ts';
import { COMMENT_LANGUAGE_MIGRATION, migrateToLatest } from './db/migrator.ts';
import { ApiKeyService } from './modules/auth/api-key.service.ts';
import { PasswordResetService } from './modules/auth/password-reset.service.ts';
import { SessionService } from './modules/auth/session.service.ts';
import { NamedService } from './modules/directory/named.service.ts';
import { PersonService } from './modules/directory/person.service.ts';
import { MetricsService } from './modules/metrics/metrics.service.ts';
import { ResponseService } from './modules/responses/response.service.ts';
import { SurveyService } from './modules/surveys/survey.service.ts';
import { WorkspaceService } from './modules/workspaces/workspace.service.ts';
import { registerBuiltinJobs } from './jobs/builtin-jobs.ts';
import { JobQueue } from './jobs/queue.ts';
import { JobRegistry } from './jobs/registry.ts';
import { DistributionService } from './modules/distribution/distribution.service.ts';
import { registerDistributionJobs } from './modules/distribution/distribution.jobs.ts';
import { Mailer } from './modules/distribution/mailer.ts';
import { SettingsService } from './modules/workspaces/settings.ts';
import { registerWebhookJobs } from './modules/webhooks/webhook.jobs.ts';
import { WebhookService } from './modules/webhooks/webhook.service.ts';
import { registerImportJobs } from './modules/imports/import.jobs.ts';
import { ImportService } from './modules/imports/import.service.ts';
import { AlertEngine } from './modules/loop/alert-engine.ts';
import { AlertRuleService } from './modules/loop/alert-rules.service.ts';
import { CaseService } from './modules/loop/case.service.ts';
import { registerLoopJobs } from './modules/loop/loop.jobs.ts';
import { FrontlineService } from './modules/frontline/frontline.service.ts';
import { DigestService } from './modules/frontline/digest.service.ts';
import { FeedbackEmailService } from './modules/frontline/feedback-email.service.ts';
import { registerThemeJobs } from './modules/themes/theme.jobs.ts';
import { ThemeService } from './modules/themes/theme.service.ts';

export interface AppContext {
  config: Config;
  database: Database;
  workspaces: WorkspaceService;
  sessions: SessionService;
  passwordResets: PasswordResetService;
  apiKeys: ApiKeyService;
  named: NamedService;
  people: PersonService;
  surveys: SurveyService;
  responses: ResponseService;
  metrics: MetricsService;
  jobs: JobQueue;
  settings: SettingsService;
  mailer: Mailer;
  distribution: DistributionService;
  webhooks: WebhookService;
  imports: ImportService;
  alertRules: AlertRuleService;
  cases: CaseService;
  alertEngine: AlertEngine;
  frontline: FrontlineService;
  digests: DigestService;
  feedbackEmails: FeedbackEmailService;
  themes: ThemeService;
  close(): Promise<void>;
}

export function createContext(config: Config, database: Database): AppContext {
  const { db, dialect } = database;
  const surveys = new SurveyService(db);
  const responses = new ResponseService(db, dialect);
  const registry = new JobRegistry();
  registerBuiltinJobs(registry);
  registerDistributionJobs(registry);
  registerWebhookJobs(registry);
  registerImportJobs(registry);
  registerLoopJobs(registry);
  registerThemeJobs(registry);
  const jobs = new JobQueue(db, dialect, registry);
  const webhooks = new WebhookService(db, jobs);
  // Webhooks also hear of tag changes (a response.updated with the new tags); see response-events.ts.
  responses.events.subscribe((trx, workspaceId, type, items) => webhooks.emit(trx, workspaceId, type, items), { tagChanges: true });
  // Alert rules (and win-back detection) run for every new or updated response, through the job queue.
  const alertRules = new AlertRuleService(db);
  // Comments are analysed (themes, sentiment) in the background: one job per write batch keeps ingest lean.
  responses.events.subscribe(async (trx, workspaceId, type, items) => {
    // An update may have removed the comment: analysing it again clears the old analysis.
    const ids = items.filter((r) => type === 'response.updated' || (r.comment && r.comment.trim() !== '')).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 1000) await jobs.enqueue(trx, 'themes.analyze', { workspaceId, responseIds: ids.slice(i, i + 1000) }, { workspaceId });
  });
  responses.events.subscribe(async (trx, workspaceId, type, items) => {
    const need = await alertRules.activity(trx, workspaceId);
    if (!need.rules && !need.cases) return; // nothing to evaluate: keep the ingest path lean
    for (const r of items) {
      if (need.rules || (type === 'response.created' && r.person)) await jobs.enqueue(trx, 'alerts.evaluate', { responseId: r.id, event: type }, { workspaceId });
    }
  });
  const settings = new SettingsService(db);
  const mailer = new Mailer(config);
  // Employees who opted in are emailed each new response attributed to them, through the job queue.
  const feedbackEmails = new FeedbackEmailService(db, config, jobs, mailer);
  responses.events.subscribe((trx, workspaceId, type, items) => feedbackEmails.onResponses(trx, workspaceId, type, items));
  const metrics = new MetricsService(db, surveys);
  const cases = new CaseService(db, config, jobs, mailer, settings, responses);
  const passwordResets = new PasswordResetService(db, config, mailer);
  return {
    config,
    database,
    workspaces: new WorkspaceService(db),
    sessions: new SessionService(db),
    passwordResets,
    apiKeys: new ApiKeyService(db),
    named: new NamedService(db),
    people: new PersonService(db, dialect),
    surveys,
    responses,
    metrics,
    jobs,
    settings,
    mailer,
    distribution: new DistributionService(db, dialect, config, jobs, mailer, settings, responses),
    webhooks,
    imports: new ImportService(db, jobs),
    alertRules,
    cases,
    alertEngine: new AlertEngine(db, config, jobs, cases, responses, mailer),
    frontline: new FrontlineService(db, responses, metrics),
    digests: new DigestService(db, config, jobs, mailer, metrics),
    feedbackEmails,
    themes: new ThemeService(db, jobs),
    async close() {
      await responses.batcher.idle();
      await passwordResets.idle();
      mailer.close();
      await database.close();
    },
  };
}

/** Opens the configured database, migrates it, and builds the context. */
export async function openContext(config: Config): Promise<AppContext> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'clearloop.db') });
  const applied = await migrateToLatest(database.db);
  const ctx = createContext(config, database);
  // Comments analysed before their language was stored get it by being analysed again. Only the process that
  // applied the migration starts it (migrations run under a lock), so several processes start it once.
  if (applied.includes(COMMENT_LANGUAGE_MIGRATION)) await ctx.themes.reanalyzeEveryWorkspace();
  return ctx;
}
