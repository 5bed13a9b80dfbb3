/**
 * POST /api/v1/surveys/:id/preview: how the survey's email (and, when the survey page module provides a renderer,
 * its page) look with the saved settings or with unsaved edits from the survey editor.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, IdParams, Nullable, StringEnum } from '../../http/schemas.ts';
import { requireAccess } from '../auth/policy.ts';
import { type EmailTextsInput, emailTextsOf, normaliseEmailTexts } from '../surveys/email-texts.ts';
import { SURVEY_KINDS, type SurveyKind } from '../surveys/score-groups.ts';
import { EmailTextsBody } from '../surveys/survey.routes.ts';
import { type Locale, pickLocale, SUPPORTED_LOCALES } from './email-i18n.ts';
import { emailSubjects, renderSurveyEmail } from './survey-email.ts';

export type PagePreviewRenderer = (ctx: AppContext, input: { workspaceId: string; surveyId: string; draft: PreviewDraft; locale: Locale; score: number | null }) => Promise<string>;

export interface PreviewDraft {
  kind?: SurveyKind | undefined;
  question?: string | undefined;
  followUp?: Record<string, string | undefined> | undefined;
  questions?: unknown[] | undefined;
  thankYou?: Record<string, unknown> | undefined;
  /** Unsaved email texts; a text left out is the saved one, a blank one the localised default. */
  email?: EmailTextsInput | undefined;
}

let pageRenderer: PagePreviewRenderer | null = null;

/** The survey page module registers how to render a preview of its page. */
export function setPagePreviewRenderer(fn: PagePreviewRenderer): void {
  pageRenderer = fn;
}

export function registerPreviewRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.post(
    '/api/v1/surveys/:id/preview',
    {
      schema: {
        tags: ['Surveys'],
        summary: 'Render the survey email (and page) with saved or unsaved settings, for a live preview',
        description:
          'Any member or API key (read scope is enough); nothing is saved and nothing is sent. Renders the email as a person named Alex would get ' +
          'it (with the survey’s own subject and intro, saved or from `draft.email`) and, where available, the survey page; `email.reminderSubject` ' +
          'is the reminder’s subject. 404 when no survey of this workspace has the id; 400 naming the `draft/email/…` text that a save would refuse.',
        params: IdParams,
        body: Type.Object(
          {
            locale: Type.Optional(StringEnum(SUPPORTED_LOCALES, { description: 'Language to render in; default: the survey’s language, else the workspace’s, else English' })),
            // Nullable, not a union with null: validation coerced a null (no score yet) to 0 in the union
            score: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10, description: 'Show the page as after this score (its follow-up question); null or left out: the score question' }))),
            draft: Type.Optional(
              Type.Object({
                kind: Type.Optional(StringEnum(SURVEY_KINDS)),
                question: Type.Optional(Type.String({ maxLength: 500 })),
                followUp: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 500 }))),
                questions: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 20 })),
                thankYou: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
                email: Type.Optional(EmailTextsBody),
              }, { description: 'Unsaved edits from the survey editor, with the meaning of the survey’s own fields; a field left out is the saved one' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            email: Type.Object({ subject: Type.String(), reminderSubject: Type.String({ description: 'the reminder email’s subject' }), html: Type.String(), text: Type.String() }),
            page: Type.Union([Type.Object({ html: Type.String() }), Type.Null()]),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      requireAccess(req.auth, 'read');
      const { id } = req.params as { id: string };
      const body = req.body as { locale?: Locale; score?: number | null; draft?: PreviewDraft };
      const survey = await ctx.surveys.getRow(req.auth.workspaceId, id);
      const settings = await ctx.settings.forWorkspace(req.auth.workspaceId);
      const ws = await ctx.workspaces.get(req.auth.workspaceId);
      const locale = pickLocale(body.locale, survey.locale, settings.locale);
      const draft = body.draft ?? {};
      // The draft's texts are checked as a save would check them, so the editor shows the same 400 before saving.
      const texts = { ...emailTextsOf(survey), ...normaliseEmailTexts(draft.email ?? {}, 'draft/email') };
      const company = settings.branding.companyName ?? ws?.name ?? '';
      const rendered = renderSurveyEmail({
        locale,
        kind: draft.kind ?? survey.kind,
        question: draft.question?.trim() || survey.question,
        company,
        color: settings.branding.color,
        logoUrl: settings.branding.logoUrl,
        personName: 'Alex',
        surveyUrl: `${ctx.config.publicUrl}/s/preview`,
        unsubscribeUrl: `${ctx.config.publicUrl}/u/preview`,
        reminder: false,
        texts,
      });
      const email = { ...rendered, reminderSubject: emailSubjects(locale, company, texts).reminderSubject };
      const page = pageRenderer ? { html: await pageRenderer(ctx, { workspaceId: req.auth.workspaceId, surveyId: id, draft, locale, score: body.score ?? null }) } : null;
      return { email, page };
    },
  );
}
