/**
 * Text analytics in the workspace: its taxonomy (editable, or started from an industry template), the analysis of
 * every comment (themes with per-theme sentiment, and overall sentiment — from the built-in model, or from a model
 * learnt from the workspace's own scored responses once there are enough), discovery of themes no rule covers,
 * and the analysis that ranks themes by their impact on NPS. New and updated comments are analysed in the
 * background; re-analysis after a taxonomy change shows its progress.
 */
import type { Kysely } from 'kysely';
import type { AnalysisRunTable, CommentLanguage, DB } from '../../db/tables.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { AppError, type FieldProblem, invalid, notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import { parseJson } from '../../shared/json.ts';
import { type Auth, ownFeedbackOnly, requireAccess } from '../auth/policy.ts';
import { addDays, daysBetween, isDay, periodCoverage, periodStart, periodStarts, toDay } from '../metrics/periods.ts';
import { compare, normalCdf, npsOfGroups, Z95 } from '../metrics/stats.ts';
import { scoreGroup, scoreTone, type SurveyKind } from '../surveys/score-groups.ts';
import {
  analyze,
  canLearn,
  type CompiledTaxonomy,
  compileTaxonomy,
  discover,
  findMatches,
  type LabelledText,
  loadSentimentModel,
  type SentimentModel,
  TaxonomyError,
  type TaxonomyJson,
  type ThemeJson,
  trainSentiment,
} from './engine/index.ts';
import { tokenizeIn } from './engine/detect.ts';
import { isStarterTaxonomy, STARTER_TAXONOMIES, starterTaxonomy } from './taxonomies/index.ts';

const CHUNK = 500;
/** The names of the languages comments are read in, for breakdowns. */
const LANGUAGE_NAMES = new Map<string, string>(Object.entries({ en: 'English', es: 'Spanish', fr: 'French', de: 'German' } satisfies Record<CommentLanguage, string>));
const EMPTY: TaxonomyJson = { name: 'No taxonomy yet', themes: [] };
export const EMERGING_RECENT_DAYS = 7;

/** The path a taxonomy problem starts with: a theme ("themes[2].themes[0]"), maybe one of its match lists. */
const PROBLEM_PATH = /^(themes\[\d+\](?:\.themes\[\d+\])*(?:\.match(?:\.(?:terms|topics|all|exclude|unless))?)?)(?::\s*|\s+(?=must\b))(.+)$/s;

/**
 * One of `compileTaxonomy`'s problems as an error field: the path it starts with under "taxonomy", and the message
 * after the path. "themes[3].match.topics: \"*\" has no word to match …" is `taxonomy.themes[3].match.topics`; a
 * theme's problem about its "id" or "label" is at `….id` / `….label`; the taxonomy's "name" or "themes" at
 * `taxonomy.name` / `taxonomy.themes`; anything else at `taxonomy`, whole.
 */
export function taxonomyProblemField(problem: string): FieldProblem {
  const top = /^"(name|themes)" /.exec(problem);
  if (top) return { field: `taxonomy.${top[1]}`, message: problem };
  const m = PROBLEM_PATH.exec(problem);
  if (!m) return { field: 'taxonomy', message: problem };
  const path = m[1]!;
  const message = m[2]!;
  const key = path.endsWith(']') ? (/^"(id|label)" /.exec(message)?.[1] ?? (message.startsWith('duplicate id ') ? 'id' : undefined)) : undefined;
  return { field: `taxonomy.${path}${key ? `.${key}` : ''}`, message };
}
export const EMERGING_BASELINE_DAYS = 56;

export interface ThemeStat {
  id: string;
  label: string;
  parentId: string | null;
  count: number;
  /** Share of commented responses mentioning the theme, in percent. */
  share: number;
  /** NPS of the responses mentioning the theme (NPS surveys; null otherwise or when none is scored). */
  nps: number | null;
  scored: number;
  detractors: number;
  sentiment: { positive: number; neutral: number; negative: number };
  /** Points NPS would move if this theme's detractors were passives: −100·d/n (≤ 0). */
  impact: number | null;
  /** 95% margin of that impact: 1.96·√(q(1−q)/n)·100 with q = d/n. */
  impactMargin: number | null;
  /**
   * NPS of the scored responses mentioning the theme minus the NPS of those that do not (null when either side has
   * none): how the theme's customers feel against everyone else's.
   */
  relativeNps: number | null;
  /**
   * problem: its responses score below the rest; strength: above the rest — a theme can have detractors, hence an
   * impact, and still be what customers praise (staff, "easy to set up"); both only when the difference is
   * significant at 95% (see standingOf). neutral: scored, but not significantly apart from the rest (or there is no
   * rest to compare with); unscored: no NPS.
   */
  standing: ThemeStanding;
}

export const THEME_STANDINGS = ['problem', 'strength', 'neutral', 'unscored'] as const;
export type ThemeStanding = (typeof THEME_STANDINGS)[number];

type Tone = 'positive' | 'neutral' | 'negative';

/** Scored NPS responses of one group: how many, and its promoters and detractors. */
export interface NpsCounts {
  n: number;
  promoters: number;
  detractors: number;
}

/**
 * A theme's standing against the rest, by the glossary's test for the difference of two independent NPS (compare
 * in metrics/stats.ts): each group's Var = pP + pD − (pP − pD)², SE = √(Var / n); the difference's
 * SE = √(SE₁² + SE₂²), significant when |Δ| > 1.96 · SE · 100 points. A relative NPS of +2.7 on 217 responses is noise, not a strength. When both groups'
 * variance is 0 (every response the same score group) there is no estimate of the noise: neutral.
 */
export function standingOf(theme: NpsCounts, rest: NpsCounts): Exclude<ThemeStanding, 'unscored'> {
  const change = compare(npsOfGroups(theme.n, theme.promoters, theme.detractors), npsOfGroups(rest.n, rest.promoters, rest.detractors));
  if (!change || change.standardError === 0 || !change.significant) return 'neutral';
  return change.delta > 0 ? 'strength' : 'problem';
}

/** The sentiment model in use: Clearloop's lexicon, or one learnt from the workspace's scored comments. */
export const MODEL_KINDS = ['builtin', 'learnt'] as const;
/** What can be done with a suggested theme. */
export const SUGGESTION_ACTIONS = ['accept', 'merge', 'dismiss'] as const;
/** How many of the latest analysed comments the suggestion preview counts each word's comments in. */
export const SUGGESTION_PREVIEW_COMMENTS = 20_000;

/** One word or phrase of a suggestion's rule: a topic (matches even negated) or a term (negation-aware). */
export interface SuggestionWord {
  word: string;
  kind: 'topic' | 'term';
}

/** The words of a suggestion's stored rule, topics first, in the rule's order, each once. */
export function suggestionWordsOf(ruleJson: string): SuggestionWord[] {
  const rule = parseJson<{ match?: { terms?: unknown; topics?: unknown } }>(ruleJson, {});
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((w): w is string => typeof w === 'string' && w.trim() !== '') : []);
  const out: SuggestionWord[] = [];
  const seen = new Set<string>();
  for (const [kind, words] of [['topic', list(rule.match?.topics)], ['term', list(rule.match?.terms)]] as const) {
    for (const word of words) {
      if (seen.has(`${kind}:${word}`)) continue;
      seen.add(`${kind}:${word}`);
      out.push({ word, kind });
    }
  }
  return out;
}

/** The chosen words, each of which must be one of the suggestion's (400 on `words` naming those that are not). */
export function chooseWords(all: SuggestionWord[], chosen: string[]): SuggestionWord[] {
  if (chosen.length === 0) throw invalid('words', 'choose at least one of the suggestion’s words');
  const norm = (w: string) => w.trim().toLowerCase();
  const wanted = new Set(chosen.map(norm));
  const unknown = [...wanted].filter((w) => !all.some((a) => norm(a.word) === w));
  if (unknown.length) throw invalid('words', `not words of this suggestion: ${unknown.slice(0, 5).map((w) => `"${w}"`).join(', ')}`);
  return all.filter((a) => wanted.has(norm(a.word)));
}

export class ThemeService {
  private compiled = new Map<string, { version: number; tax: CompiledTaxonomy; json: TaxonomyJson }>();
  private models = new Map<string, { trainedAt: string; model: SentimentModel | null; until: number }>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly jobs: JobQueue,
  ) {}

  // ------------------------------------------------------------------------------------------------ taxonomy

  private async taxonomyOf(workspaceId: string): Promise<{ version: number; tax: CompiledTaxonomy; json: TaxonomyJson }> {
    const row = await this.db.selectFrom('workspace_taxonomy').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
    const version = row?.version ?? 0;
    const hit = this.compiled.get(workspaceId);
    if (hit && hit.version === version) return hit;
    const json: TaxonomyJson = row ? parseJson<TaxonomyJson>(row.taxonomy, { ...EMPTY }) : { ...EMPTY };
    const entry = { version, tax: compileTaxonomy(json), json };
    if (this.compiled.size > 1000) this.compiled.clear();
    this.compiled.set(workspaceId, entry);
    return entry;
  }

  async getTaxonomy(auth: Auth) {
    requireAccess(auth, 'read');
    const { version, json } = await this.taxonomyOf(auth.workspaceId);
    return { version, taxonomy: json, starters: [...STARTER_TAXONOMIES] };
  }

  /** Replaces the taxonomy (validated) and re-analyses every comment in the background. */
  async setTaxonomy(auth: Auth, input: { taxonomy?: unknown; starter?: string | undefined }) {
    requireAccess(auth, 'write');
    let json: unknown = input.taxonomy;
    if (input.starter !== undefined) {
      if (!isStarterTaxonomy(input.starter)) throw invalid('starter', `must be one of ${STARTER_TAXONOMIES.join(', ')}`);
      json = starterTaxonomy(input.starter);
    }
    if (json === undefined) throw invalid('taxonomy', 'give a taxonomy or a starter name');
    try {
      compileTaxonomy(json);
    } catch (err) {
      if (err instanceof TaxonomyError) throw new AppError('validation_error', `taxonomy: ${err.message}`, err.problems.slice(0, 20).map(taxonomyProblemField));
      throw err;
    }
    const now = nowIso();
    const run = await this.db.transaction().execute(async (trx) => {
      const cur = await trx.selectFrom('workspace_taxonomy').select('version').where('workspace_id', '=', auth.workspaceId).executeTakeFirst();
      const version = (cur?.version ?? 0) + 1;
      if (cur) await trx.updateTable('workspace_taxonomy').set({ taxonomy: JSON.stringify(json), version, updated_at: now }).where('workspace_id', '=', auth.workspaceId).execute();
      else await trx.insertInto('workspace_taxonomy').values({ workspace_id: auth.workspaceId, taxonomy: JSON.stringify(json), version, updated_at: now }).execute();
      return this.startRun(trx, auth.workspaceId, 'reanalyze');
    });
    return { ...(await this.getTaxonomy(auth)), run };
  }

  /**
   * Starts a re-analysis of every workspace that has analysed comments (after an upgrade that stores something new
   * about each comment: see app-context.ts). Each shows its progress like any other run.
   */
  async reanalyzeEveryWorkspace(): Promise<number> {
    const workspaces = await this.db.selectFrom('response_analysis').select('workspace_id').distinct().execute();
    for (const { workspace_id } of workspaces) await this.db.transaction().execute((trx) => this.startRun(trx, workspace_id, 'reanalyze'));
    return workspaces.length;
  }

  private async startRun(trx: Kysely<DB>, workspaceId: string, kind: AnalysisRunTable['kind']) {
    const now = nowIso();
    const run = { id: newId(), workspace_id: workspaceId, kind, status: 'queued' as const, total: 0, processed: 0, error: null, created_at: now, updated_at: now, finished_at: null };
    await trx.insertInto('analysis_run').values(run).execute();
    await this.jobs.enqueue(trx, `themes.${kind}`, { runId: run.id }, { workspaceId });
    return presentRun(run);
  }

  async runs(auth: Auth) {
    requireAccess(auth, 'read');
    const rows = await this.db.selectFrom('analysis_run').selectAll().where('workspace_id', '=', auth.workspaceId).orderBy('created_at', 'desc').limit(20).execute();
    return rows.map(presentRun);
  }

  async startDiscovery(auth: Auth) {
    requireAccess(auth, 'write');
    return this.startRun(this.db, auth.workspaceId, 'discover');
  }

  async startTraining(auth: Auth) {
    requireAccess(auth, 'write');
    return this.startRun(this.db, auth.workspaceId, 'train');
  }

  // ------------------------------------------------------------------------------------------------ analysis of comments

  private async modelOf(workspaceId: string): Promise<SentimentModel | null> {
    const now = Date.now();
    const hit = this.models.get(workspaceId);
    if (hit && hit.until > now) return hit.model;
    const row = await this.db.selectFrom('sentiment_model').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
    const model = row ? loadSentimentModel(JSON.parse(row.model)) : null;
    this.models.set(workspaceId, { trainedAt: row?.trained_at ?? '', model, until: now + 30_000 });
    return model;
  }

  /** Analyses the given responses (those with a comment) and stores the result; returns how many were analysed. */
  async analyzeResponses(workspaceId: string, responseIds: string[]): Promise<number> {
    if (responseIds.length === 0) return 0;
    const { version, tax } = await this.taxonomyOf(workspaceId);
    const model = await this.modelOf(workspaceId);
    // the survey page's language (its locale) is the comment's likely language: a hint for detection
    const rows = await this.db
      .selectFrom('response')
      .leftJoin('survey', 'survey.id', 'response.survey_id')
      .select(['response.id', 'response.survey_id', 'response.created_at', 'response.score', 'response.comment', 'survey.locale'])
      .where('response.workspace_id', '=', workspaceId)
      .where('response.id', 'in', responseIds)
      .execute();
    const now = nowIso();
    let n = 0;
    await this.db.transaction().execute(async (trx) => {
      for (const r of rows) {
        if (!r.comment || r.comment.trim() === '') {
          await trx.deleteFrom('response_analysis').where('response_id', '=', r.id).execute();
          continue;
        }
        const a = analyze(tax, r.comment, { model, languageHint: r.locale });
        const values = {
          workspace_id: workspaceId,
          survey_id: r.survey_id,
          created_at: r.created_at,
          score: r.score,
          sentiment: a.sentiment,
          sentiment_score: a.sentimentScore,
          themes: JSON.stringify(a.themes.map((t) => t.id)),
          details: JSON.stringify(a.themes.map((t) => ({ id: t.id, sentiment: t.sentiment, score: t.score, matches: t.matches }))),
          taxonomy_version: version,
          model: model ? 'learnt' : 'builtin',
          analyzed_at: now,
          language: a.language,
        };
        await trx
          .insertInto('response_analysis')
          .values({ response_id: r.id, ...values })
          .onConflict((oc) => oc.column('response_id').doUpdateSet(values))
          .execute();
        n++;
      }
    });
    return n;
  }

  /** Job: re-analyse every comment of the workspace (after a taxonomy change), recording progress. */
  async reanalyze(runId: string): Promise<'success' | 'skipped'> {
    const run = await this.db.selectFrom('analysis_run').selectAll().where('id', '=', runId).executeTakeFirst();
    if (!run || run.status === 'done') return 'skipped';
    const total = await this.db
      .selectFrom('response')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', run.workspace_id)
      .where('comment', 'is not', null)
      .executeTakeFirstOrThrow();
    await this.db.updateTable('analysis_run').set({ status: 'running', total: Number(total.n), processed: 0, updated_at: nowIso() }).where('id', '=', runId).execute();
    let last = '';
    let processed = 0;
    for (;;) {
      const ids = (
        await this.db.selectFrom('response').select('id').where('workspace_id', '=', run.workspace_id).where('comment', 'is not', null).where('id', '>', last).orderBy('id').limit(CHUNK).execute()
      ).map((r) => r.id);
      if (ids.length === 0) break;
      await this.analyzeResponses(run.workspace_id, ids);
      processed += ids.length;
      last = ids[ids.length - 1]!;
      await this.db.updateTable('analysis_run').set({ processed, updated_at: nowIso() }).where('id', '=', runId).execute();
    }
    await this.finish(runId);
    return 'success';
  }

  private async finish(runId: string, error?: string): Promise<void> {
    const now = nowIso();
    await this.db.updateTable('analysis_run').set({ status: error ? 'failed' : 'done', error: error ?? null, finished_at: now, updated_at: now }).where('id', '=', runId).execute();
  }

  /**
   * Job: learn a sentiment model from the workspace's scored comments (score groups as labels) and use it from now
   * on, when there are enough of them; then re-analyse.
   */
  async train(runId: string): Promise<'success' | 'skipped'> {
    const run = await this.db.selectFrom('analysis_run').selectAll().where('id', '=', runId).executeTakeFirst();
    if (!run || run.status === 'done') return 'skipped';
    const rows = await this.db
      .selectFrom('response')
      .innerJoin('survey', 'survey.id', 'response.survey_id')
      .select(['response.comment', 'response.score', 'survey.kind', 'survey.locale'])
      .where('response.workspace_id', '=', run.workspace_id)
      .where('response.comment', 'is not', null)
      .where('response.score', 'is not', null)
      .orderBy('response.created_at', 'desc')
      .limit(50_000)
      .execute();
    const examples: LabelledText[] = rows.filter((r) => r.comment!.trim() !== '').map((r) => ({ text: r.comment!, label: scoreTone(r.kind as SurveyKind, r.score!) as Tone, language: r.locale }));
    const check = canLearn(examples);
    if (!check.ok) {
      await this.finish(runId, `not enough labelled comments yet: ${check.reason}`);
      return 'skipped';
    }
    const model = trainSentiment(examples);
    const now = nowIso();
    const values = { model: JSON.stringify(model), examples: examples.length, trained_at: now };
    await this.db.insertInto('sentiment_model').values({ workspace_id: run.workspace_id, ...values }).onConflict((oc) => oc.column('workspace_id').doUpdateSet(values)).execute();
    this.models.delete(run.workspace_id);
    await this.finish(runId);
    await this.startRun(this.db, run.workspace_id, 'reanalyze');
    return 'success';
  }

  /** Job: suggest themes from comments no taxonomy theme covers. */
  async discoverRun(runId: string): Promise<'success' | 'skipped'> {
    const run = await this.db.selectFrom('analysis_run').selectAll().where('id', '=', runId).executeTakeFirst();
    if (!run || run.status === 'done') return 'skipped';
    const { tax } = await this.taxonomyOf(run.workspace_id);
    const rows = await this.db
      .selectFrom('response')
      .leftJoin('survey', 'survey.id', 'response.survey_id')
      .select(['response.comment', 'survey.locale'])
      .where('response.workspace_id', '=', run.workspace_id)
      .where('response.comment', 'is not', null)
      .orderBy('response.created_at', 'desc')
      .limit(100_000)
      .execute();
    const comments = rows.map((r) => r.comment!);
    await this.db.updateTable('analysis_run').set({ status: 'running', total: comments.length, updated_at: nowIso() }).where('id', '=', runId).execute();
    // what the user dismissed stays dismissed: discovery passes over groups that mostly repeat one of those
    const dismissed = (
      await this.db
        .selectFrom('theme_suggestion')
        .select(['key_phrases', 'rule'])
        .where('workspace_id', '=', run.workspace_id)
        .where('status', '=', 'dismissed')
        .orderBy('updated_at', 'desc')
        .limit(500)
        .execute()
    ).map((r) => [...parseJson<string[]>(r.key_phrases, []), ...(parseJson<ThemeJson>(r.rule, { id: '', label: '' }).match?.topics ?? [])]);
    const result = discover(comments, { existingTaxonomy: tax, maxThemes: 15, idPrefix: 'suggested-', dismissed, languageHints: rows.map((r) => r.locale) });
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('theme_suggestion').where('workspace_id', '=', run.workspace_id).where('status', '=', 'open').execute();
      for (const t of result.themes) {
        await trx
          .insertInto('theme_suggestion')
          .values({
            id: newId(),
            workspace_id: run.workspace_id,
            label: t.label,
            key_phrases: JSON.stringify(t.keyPhrases),
            size: t.size,
            examples: JSON.stringify(t.examples),
            rule: JSON.stringify(t.rule),
            status: 'open',
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
      await trx.updateTable('analysis_run').set({ processed: comments.length }).where('id', '=', runId).execute();
    });
    await this.finish(runId);
    return 'success';
  }

  async suggestions(auth: Auth) {
    requireAccess(auth, 'read');
    const rows = await this.db.selectFrom('theme_suggestion').selectAll().where('workspace_id', '=', auth.workspaceId).where('status', '=', 'open').orderBy('size', 'desc').execute();
    // examples are customers' words from anyone's feedback: not for an agent, who reads only their own
    const agent = (await this.agentEmployeeIds(auth)) !== null;
    return rows.map((r) => ({ id: r.id, label: r.label, keyPhrases: parseJson<string[]>(r.key_phrases, []), size: r.size, examples: agent ? [] : parseJson<string[]>(r.examples, []), rule: parseJson(r.rule, {}) }));
  }

  /**
   * A suggestion's words and phrases (its rule's topics and terms), each with how many comments it would add: to a
   * new theme (accept), or to the theme `intoThemeId` (merge: only comments that theme does not have yet). Counted
   * over the latest SUGGESTION_PREVIEW_COMMENTS analysed comments, so the user sees what a word brings before it is
   * applied ("sam", an employee's name, or "fast" can bring hundreds of comments that are not about the theme).
   */
  async suggestionWords(auth: Auth, id: string, q: { intoThemeId?: string | undefined }) {
    requireAccess(auth, 'read');
    const s = await this.openSuggestion(auth, id);
    const { json } = await this.taxonomyOf(auth.workspaceId);
    if (q.intoThemeId !== undefined && !labelsOf(json).has(q.intoThemeId)) throw invalid('intoThemeId', `no theme ${q.intoThemeId} in the taxonomy`);
    const words = suggestionWordsOf(s.rule);
    const rows = await this.db
      .selectFrom('response_analysis')
      .innerJoin('response', 'response.id', 'response_analysis.response_id')
      .leftJoin('survey', 'survey.id', 'response.survey_id')
      .select(['response.comment', 'response_analysis.themes', 'response_analysis.language', 'survey.locale'])
      .where('response_analysis.workspace_id', '=', auth.workspaceId)
      .orderBy('response_analysis.created_at', 'desc')
      .limit(SUGGESTION_PREVIEW_COMMENTS)
      .execute();
    // a merge adds only the comments the target theme (or one of its sub-themes, which assign it too) lacks
    const candidates = q.intoThemeId === undefined ? rows : rows.filter((r) => !parseJson<string[]>(r.themes, []).includes(q.intoThemeId!));
    // each word in a taxonomy of its own: in one taxonomy, a word inside a longer phrase of another theme would lose
    // its match (longest match wins); each comment is tokenized once for all of them (20,000 × 15 words in ~1 s)
    const taxes = words.map((w) => compileTaxonomy({ name: 'preview', themes: [{ id: 'w', label: w.word, match: { [w.kind === 'topic' ? 'topics' : 'terms']: [w.word] } }] }));
    const counts = words.map(() => 0);
    for (const r of candidates) {
      if (!r.comment) continue;
      const tok = tokenizeIn(r.comment, r.language ? { language: r.language } : { languageHint: r.locale });
      taxes.forEach((tax, i) => {
        if (findMatches(tax, tok).length > 0) counts[i]!++;
      });
    }
    return { suggestionId: s.id, intoThemeId: q.intoThemeId ?? null, scanned: rows.length, words: words.map((w, i) => ({ ...w, comments: counts[i]! })) };
  }

  private async openSuggestion(auth: Auth, id: string) {
    const s = await this.db.selectFrom('theme_suggestion').selectAll().where('workspace_id', '=', auth.workspaceId).where('id', '=', id).executeTakeFirst();
    if (!s || s.status !== 'open') throw notFound('suggestion');
    return s;
  }

  /**
   * Acts on a suggestion: accept it as a new theme (optionally renamed), merge chosen words of its rule into an
   * existing theme, or dismiss it. Accepting or merging changes the taxonomy, which re-analyses the comments.
   * `words` are the rule's words to apply: accept without them takes the whole rule (the API's first behaviour);
   * merge requires them, since adding every word of a suggestion to a theme silently rewrote what it means.
   */
  async resolveSuggestion(auth: Auth, id: string, input: { action: (typeof SUGGESTION_ACTIONS)[number]; label?: string | undefined; intoThemeId?: string | undefined; words?: string[] | undefined }) {
    requireAccess(auth, 'write');
    const s = await this.openSuggestion(auth, id);
    const now = nowIso();
    if (input.action === 'dismiss') {
      await this.db.updateTable('theme_suggestion').set({ status: 'dismissed', updated_at: now }).where('id', '=', id).execute();
      return { status: 'dismissed' as const };
    }
    const { json } = await this.taxonomyOf(auth.workspaceId);
    const tax = structuredClone(json);
    const all = suggestionWordsOf(s.rule);
    if (input.action === 'merge' && input.words === undefined) throw invalid('words', 'is required to merge: choose which of the suggestion’s words to add to the theme');
    const chosen = input.words === undefined ? all : chooseWords(all, input.words);
    const topics = chosen.filter((w) => w.kind === 'topic').map((w) => w.word);
    const terms = chosen.filter((w) => w.kind === 'term').map((w) => w.word);
    if (input.action === 'accept') {
      const label = input.label?.trim() || s.label;
      const base = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'theme';
      const existing = new Set<string>();
      const walk = (ts: typeof tax.themes) => ts.forEach((t) => (existing.add(t.id), walk(t.themes ?? [])));
      walk(tax.themes);
      let newId_ = base;
      for (let i = 2; existing.has(newId_); i++) newId_ = `${base}-${i}`;
      const match = all.length === 0 ? { terms: [s.label] } : { ...(topics.length ? { topics } : {}), ...(terms.length ? { terms } : {}) };
      tax.themes.push({ id: newId_, label, match });
    } else {
      if (!input.intoThemeId) throw invalid('intoThemeId', 'is required to merge');
      let target: (typeof tax.themes)[number] | undefined;
      const find = (ts: typeof tax.themes) => ts.forEach((t) => (t.id === input.intoThemeId ? (target = t) : find(t.themes ?? [])));
      find(tax.themes);
      if (!target) throw invalid('intoThemeId', `no theme ${input.intoThemeId} in the taxonomy`);
      target.match = {
        ...(target.match ?? {}),
        terms: [...new Set([...(target.match?.terms ?? []), ...terms])],
        topics: [...new Set([...(target.match?.topics ?? []), ...topics])],
      };
    }
    const result = await this.setTaxonomy(auth, { taxonomy: tax });
    await this.db.updateTable('theme_suggestion').set({ status: 'accepted', updated_at: now }).where('id', '=', id).execute();
    return { status: 'accepted' as const, taxonomy: result.taxonomy, run: result.run };
  }

  // ------------------------------------------------------------------------------------------------ what the themes say

  private async analysedRows(auth: Auth, q: { surveyId?: string | undefined; from: string; to: string; teamId?: string | undefined }) {
    let query = this.db
      .selectFrom('response_analysis')
      .innerJoin('response', 'response.id', 'response_analysis.response_id')
      .innerJoin('survey', 'survey.id', 'response_analysis.survey_id')
      .select(['response_analysis.response_id', 'response_analysis.created_at', 'response_analysis.score', 'response_analysis.sentiment', 'response_analysis.themes', 'response_analysis.details', 'response_analysis.language', 'response.team_id', 'response.location_id', 'response.employee_id', 'survey.kind'])
      .where('response_analysis.workspace_id', '=', auth.workspaceId)
      .where('response_analysis.created_at', '>=', `${q.from}T00:00:00.000Z`)
      .where('response_analysis.created_at', '<=', `${q.to}T23:59:59.999Z`);
    if (q.surveyId) query = query.where('response_analysis.survey_id', '=', q.surveyId);
    if (q.teamId) query = query.where('response.team_id', '=', q.teamId);
    return query.execute();
  }

  /** For an agent's session, the employee records linked to them (whose feedback they may read); null for others. */
  private async agentEmployeeIds(auth: Auth): Promise<Set<string> | null> {
    const userId = ownFeedbackOnly(auth);
    if (userId === null) return null;
    const rows = await this.db.selectFrom('employee').select('id').where('workspace_id', '=', auth.workspaceId).where('user_id', '=', userId).execute();
    return new Set(rows.map((r) => r.id));
  }

    private range(q: { from?: string | undefined; to?: string | undefined }, defaultDays = 90): { from: string; to: string } {
    const to = q.to ?? toDay(Date.now());
    // checked before the default start is counted back from it: addDays on "2026-13-45" throws (a 500)
    if (!isDay(to)) throw invalid('to', 'must be a date YYYY-MM-DD');
    const from = q.from ?? addDays(to, -(defaultDays - 1));
    if (!isDay(from)) throw invalid('from', 'must be a date YYYY-MM-DD');
    if (from > to) throw invalid('from', 'must not be after to');
    return { from, to };
  }

  /**
   * The top problems: every theme with volume, share, NPS of the responses mentioning it, sentiment, and its
   * impact on NPS with a margin, ranked most harmful first; plus emerging themes.
   */
  async analysis(auth: Auth, q: { surveyId?: string | undefined; from?: string | undefined; to?: string | undefined; teamId?: string | undefined }) {
    requireAccess(auth, 'read');
    const { from, to } = this.range(q);
    const { json } = await this.taxonomyOf(auth.workspaceId);
    const labels = labelsOf(json);
    const rows = await this.analysedRows(auth, { ...q, from, to });
    // one pass over the rows, each comment's themes and details parsed once (this page must stay fast at millions)
    let n = 0;
    let promoters = 0;
    let detractors = 0;
    const stats = new Map<string, ThemeStat & { promoters: number }>();
    for (const r of rows) {
      const group = r.kind === 'nps' ? scoreGroup('nps', r.score) : null;
      if (group) {
        n++;
        if (group === 'promoter') promoters++;
        else if (group === 'detractor') detractors++;
      }
      const ids = new Set(parseJson<string[]>(r.themes, []));
      if (ids.size === 0) continue;
      const details = parseThemeDetails(r.details);
      for (const id of ids) {
        let s = stats.get(id);
        if (!s) {
          const l = labels.get(id);
          s = {
            id,
            label: l?.label ?? id,
            parentId: l?.parentId ?? null,
            count: 0,
            share: 0,
            nps: null,
            scored: 0,
            detractors: 0,
            promoters: 0,
            sentiment: { positive: 0, neutral: 0, negative: 0 },
            impact: null,
            impactMargin: null,
            relativeNps: null,
            standing: 'unscored',
          };
          stats.set(id, s);
        }
        s.count++;
        s.sentiment[details.find((d) => d.id === id)?.sentiment ?? r.sentiment]++;
        if (group) {
          s.scored++;
          if (group === 'promoter') s.promoters++;
          else if (group === 'detractor') s.detractors++;
        }
      }
    }
    const overall = n ? (100 * (promoters - detractors)) / n : null;
    for (const s of stats.values()) {
      s.share = rows.length ? round((100 * s.count) / rows.length) : 0;
      if (s.scored) {
        const p = s.promoters;
        const d = s.detractors;
        const themeNps = (100 * (p - d)) / s.scored;
        s.nps = round(themeNps);
        const qd = d / n;
        s.impact = round(-100 * qd);
        s.impactMargin = round(Z95 * Math.sqrt((qd * (1 - qd)) / n) * 100);
        const rest = n - s.scored;
        // relative NPS = NPS(with the theme) − NPS(without it), each over its own scored responses
        if (rest > 0) s.relativeNps = round(themeNps - (100 * (promoters - p - (detractors - d))) / rest);
        s.standing = rest > 0 ? standingOf({ n: s.scored, promoters: p, detractors: d }, { n: rest, promoters: promoters - p, detractors: detractors - d }) : 'neutral';
      }
    }
    const themes: ThemeStat[] = [...stats.values()].map(({ promoters: _p, ...t }) => t).sort((a, b) => (a.impact ?? 0) - (b.impact ?? 0) || b.count - a.count);
    return { from, to, commented: rows.length, scored: n, nps: overall === null ? null : round(overall), themes, emerging: await this.emerging(auth, { surveyId: q.surveyId, to }) };
  }

  /**
   * Emerging themes: a theme's share of comments in the last 7 days against its own previous 8 weeks; emerging
   * when the rise is significant (two-proportion z-test, one-sided p < 0.05) and it appears in at least 5 comments.
   */
  async emerging(auth: Auth, q: { surveyId?: string | undefined; to?: string | undefined }) {
    const to = q.to ?? toDay(Date.now());
    const recentFrom = addDays(to, -(EMERGING_RECENT_DAYS - 1));
    const baseFrom = addDays(recentFrom, -EMERGING_BASELINE_DAYS);
    const rows = await this.analysedRows(auth, { surveyId: q.surveyId, from: baseFrom, to });
    const recent = rows.filter((r) => r.created_at >= `${recentFrom}T00:00:00.000Z`);
    const base = rows.filter((r) => r.created_at < `${recentFrom}T00:00:00.000Z`);
    if (recent.length === 0 || base.length === 0) return [];
    const count = (list: typeof rows) => {
      const m = new Map<string, number>();
      for (const r of list) for (const id of new Set(parseJson<string[]>(r.themes, []))) m.set(id, (m.get(id) ?? 0) + 1);
      return m;
    };
    const rc = count(recent);
    const bc = count(base);
    const { json } = await this.taxonomyOf(auth.workspaceId);
    const labels = labelsOf(json);
    const out = [];
    for (const [id, k1] of rc) {
      const k0 = bc.get(id) ?? 0;
      const p1 = k1 / recent.length;
      const p0 = k0 / base.length;
      const pooled = (k1 + k0) / (recent.length + base.length);
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / recent.length + 1 / base.length));
      const z = se === 0 ? 0 : (p1 - p0) / se;
      const pValue = 1 - normalCdf(z);
      if (k1 >= 5 && p1 > p0 && pValue < 0.05) out.push({ id, label: labels.get(id)?.label ?? id, recentCount: k1, recentShare: round(100 * p1), baselineShare: round(100 * p0), z: round(z), pValue: round(pValue, 4) });
    }
    return out.sort((a, b) => b.z - a.z);
  }

  /** One theme: weekly trend, breakdown by team and location, and comments with the matched words. */
  async theme(auth: Auth, themeId: string, q: { surveyId?: string | undefined; from?: string | undefined; to?: string | undefined; teamId?: string | undefined; limit?: number | undefined }) {
    requireAccess(auth, 'read');
    const { from, to } = this.range(q);
    const { json } = await this.taxonomyOf(auth.workspaceId);
    const label = labelsOf(json).get(themeId);
    if (!label) throw notFound('theme');
    const rows = await this.analysedRows(auth, { ...q, from, to });
    // each comment's themes parsed once: the trend and every breakdown ask whether it mentions this theme
    const withTheme = rows.filter((r) => parseJson<string[]>(r.themes, []).includes(themeId));
    const mentions = new Set(withTheme);
    const tally = (keyOf: (r: (typeof rows)[number]) => string | null) => {
      const m = new Map<string, { total: number; count: number }>();
      for (const r of rows) {
        const k = keyOf(r);
        if (!k) continue;
        const e = m.get(k) ?? { total: 0, count: 0 };
        e.total++;
        if (mentions.has(r)) e.count++;
        m.set(k, e);
      }
      return m;
    };
    const interval = daysBetween(from, to) > 180 ? 'month' : 'week';
    const perPeriod = tally((r) => periodStart(r.created_at.slice(0, 10), interval));
    const today = toDay(Date.now());
    const trend = periodStarts(from, to, interval).map((period) => {
      const e = perPeriod.get(period);
      // as on the overview's trend (metrics.service.ts): the first and last buckets may hold only part of their
      // period, and the current week three days old must not read as a fall in mentions
      return { period, ...periodCoverage(period, interval, from, to, today), count: e?.count ?? 0, share: e ? round((100 * e.count) / e.total) : null };
    });
    const rowsOf = (m: Map<string, { total: number; count: number }>, names: Map<string, string>) =>
      [...m.entries()].map(([id, e]) => ({ id, label: names.get(id) ?? id, count: e.count, share: round((100 * e.count) / e.total) })).sort((a, b) => b.count - a.count);
    const breakdown = async (key: 'team_id' | 'location_id', table: 'team' | 'location') => {
      const m = tally((r) => r[key]);
      const names = m.size ? new Map((await this.db.selectFrom(table).select(['id', 'name']).where('id', 'in', [...m.keys()]).execute()).map((x) => [x.id, x.name])) : new Map<string, string>();
      return rowsOf(m, names);
    };
    // The comments follow the responses' rule: an agent reads only the feedback attributed to them. The counts, trend
    // and breakdowns stay the workspace's, as on the top problems page (aggregates, no customer's words).
    const own = await this.agentEmployeeIds(auth);
    const readable = own ? withTheme.filter((r) => r.employee_id !== null && own.has(r.employee_id)) : withTheme;
    const recent = [...readable].sort((a, b) => (a.created_at < b.created_at ? 1 : -1)).slice(0, q.limit ?? 50);
    const comments = recent.length
      ? await this.db.selectFrom('response').select(['id', 'comment', 'score', 'created_at']).where('id', 'in', recent.map((r) => r.response_id)).execute()
      : [];
    const byId = new Map(comments.map((c) => [c.id, c]));
    return {
      id: themeId,
      label: label.label,
      from,
      to,
      count: withTheme.length,
      interval,
      trend,
      byTeam: await breakdown('team_id', 'team'),
      byLocation: await breakdown('location_id', 'location'),
      // Is a problem concentrated in one language's comments (one market, one country's team)? Comments analysed
      // before languages were stored have none and are left out.
      byLanguage: rowsOf(
        tally((r) => r.language),
        LANGUAGE_NAMES,
      ),
      readableCount: readable.length,
      comments: recent.map((r) => {
        const c = byId.get(r.response_id);
        const detail = themeDetail(parseThemeDetails(r.details), themeId);
        const score = c?.score ?? null;
        return {
          responseId: r.response_id,
          comment: c?.comment ?? '',
          score,
          kind: r.kind,
          group: scoreGroup(r.kind as SurveyKind, score),
          createdAt: r.created_at,
          sentiment: detail?.sentiment ?? r.sentiment,
          highlights: detail?.highlights ?? [],
        };
      }),
    };
  }

  /**
   * One response's analysis: its sentiment, the language its comment was read in, and its themes, each with its own
   * sentiment and the matched words. Visible to whoever may read the response (an agent: their own feedback only);
   * `analyzed: false` while the comment waits for analysis (or has none).
   */
  async responseAnalysis(auth: Auth, responseId: string) {
    requireAccess(auth, 'read');
    const row = await this.db
      .selectFrom('response')
      .leftJoin('response_analysis', 'response_analysis.response_id', 'response.id')
      .select(['response.employee_id', 'response_analysis.sentiment', 'response_analysis.sentiment_score', 'response_analysis.themes', 'response_analysis.details', 'response_analysis.language', 'response_analysis.model', 'response_analysis.analyzed_at'])
      .where('response.workspace_id', '=', auth.workspaceId)
      .where('response.id', '=', responseId)
      .executeTakeFirst();
    const own = row ? await this.agentEmployeeIds(auth) : null;
    if (!row || (own && (row.employee_id === null || !own.has(row.employee_id)))) throw notFound('response');
    if (!row.analyzed_at || !row.sentiment) return { responseId, analyzed: false, sentiment: null, sentimentScore: null, language: null, model: null, themes: [] };
    const labels = labelsOf((await this.taxonomyOf(auth.workspaceId)).json);
    const details = parseThemeDetails(row.details);
    return {
      responseId,
      analyzed: true,
      sentiment: row.sentiment,
      sentimentScore: row.sentiment_score,
      language: row.language,
      model: row.model,
      themes: parseJson<string[]>(row.themes, []).map((id) => {
        const detail = themeDetail(details, id);
        const l = labels.get(id);
        return { id, label: l?.label ?? id, parentId: l?.parentId ?? null, sentiment: detail?.sentiment ?? row.sentiment!, highlights: detail?.highlights ?? [] };
      }),
    };
  }

  /** The sentiment model in use and the analysis progress, for the settings page. */
  async status(auth: Auth) {
    requireAccess(auth, 'read');
    const model = await this.db.selectFrom('sentiment_model').select(['examples', 'trained_at']).where('workspace_id', '=', auth.workspaceId).executeTakeFirst();
    const analysed = await this.db.selectFrom('response_analysis').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', auth.workspaceId).executeTakeFirstOrThrow();
    return { model: model ? { kind: 'learnt', examples: model.examples, trainedAt: model.trained_at } : { kind: 'builtin' }, analysed: Number(analysed.n), runs: await this.runs(auth) };
  }
}

function presentRun(r: { id: string; kind: string; status: string; total: number; processed: number; error: string | null; created_at: string; finished_at: string | null }) {
  return { id: r.id, kind: r.kind, status: r.status, total: r.total, processed: r.processed, progress: r.total ? Math.min(100, Math.round((100 * r.processed) / r.total)) : r.status === 'done' ? 100 : 0, error: r.error, createdAt: r.created_at, finishedAt: r.finished_at };
}

/** A comment's per-theme analysis as stored (response_analysis.details): each theme's sentiment and matched spans. */
type ThemeDetails = { id: string; sentiment: Tone; matches: { start: number; end: number }[] }[];

function parseThemeDetails(json: string | null): ThemeDetails {
  return parseJson<ThemeDetails>(json, []);
}

/** One theme's sentiment and matched words (UTF-16 offsets into the comment) in a comment, as the API shows them. */
function themeDetail(details: ThemeDetails, themeId: string): { sentiment: Tone; highlights: { start: number; end: number }[] } | undefined {
  const d = details.find((x) => x.id === themeId);
  return d && { sentiment: d.sentiment, highlights: d.matches.map((m) => ({ start: m.start, end: m.end })) };
}

function labelsOf(json: TaxonomyJson): Map<string, { label: string; parentId: string | null }> {
  const m = new Map<string, { label: string; parentId: string | null }>();
  const walk = (themes: TaxonomyJson['themes'], parent: string | null) => {
    for (const t of themes) {
      m.set(t.id, { label: t.label, parentId: parent });
      walk(t.themes ?? [], t.id);
    }
  };
  walk(json.themes, null);
  return m;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
