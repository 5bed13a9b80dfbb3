/** GET/PATCH /api/v1/settings: branding, default language and survey-fatigue rules of the workspace. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { Nullable, errors, SESSION_ONLY, StringEnum } from '../../http/schemas.ts';
import { SUPPORTED_LOCALES } from '../distribution/email-i18n.ts';

const Hour = Type.Integer({ minimum: 0, maximum: 23, description: 'Hour of the day, 0–23' });
const Branding = Type.Object(
  {
    // Nullable, not a union with null: validation coerced a null to "" for the first branch, so `logoUrl: null`
    // failed its pattern and `dailySendCap: null` (no cap) was saved as a cap of 0, which stopped every send
    companyName: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'Shown on survey pages and in survey emails; null: the workspace’s name' }))),
    logoUrl: Type.Optional(Nullable(Type.String({ maxLength: 500, pattern: '^https://', description: 'An https:// address of the logo shown on survey pages and emails; null: none' }))),
    color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'Accent colour of survey pages, emails and the widget, as #rrggbb; default #2563eb' })),
  },
  { additionalProperties: false, description: 'Fields left out keep their value' },
);
const Fatigue = Type.Object(
  {
    minDaysBetweenSurveys: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 365, description: 'Never ask one person again within this many days, across all surveys and channels (default 90; 0: no limit)' }),
    ),
    samplingPercent: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'Percent of due sends that go out; the others are skipped as `sampled_out` (default 100)' })),
    dailySendCap: Type.Optional(
      Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'At most this many sends a UTC day in the workspace (emails count the emails sent; the widget counts emails and showings); more are skipped as `daily_cap`; null: no cap (the default)' })),
    ),
    quietHours: Type.Optional(
      Type.Union([Type.Object({ start: Hour, end: Hour }, { additionalProperties: false }), Type.Null()], {
        description: 'No sends from `start` (inclusive) to `end` (exclusive) in the person’s time zone (UTC when unknown): emails due then wait until `end`, the widget stays hidden. Default 21 to 8; null: none',
      }),
    ),
  },
  { additionalProperties: false, description: 'Survey-fatigue rules, applied when a send is due; fields left out keep their value' },
);
const SettingsSchema = Type.Object({
  branding: Type.Object({ companyName: Type.Union([Type.String(), Type.Null()]), logoUrl: Type.Union([Type.String(), Type.Null()]), color: Type.String() }),
  rootCauses: Type.Array(Type.String()),
  locale: Nullable(StringEnum(SUPPORTED_LOCALES, { description: 'Language of survey pages and emails when neither the person nor the survey says; null: the visitor’s browser decides' })),
  fatigue: Type.Object({
    minDaysBetweenSurveys: Type.Integer(),
    samplingPercent: Type.Number(),
    dailySendCap: Type.Union([Type.Integer(), Type.Null()]),
    quietHours: Type.Union([Type.Object({ start: Type.Integer(), end: Type.Integer() }), Type.Null()]),
  }),
});

export function registerSettingsRoutes(api: FastifyInstance, ctx: AppContext): void {
  const tags = ['Settings'];
  api.get(
    '/api/v1/settings',
    {
      schema: {
        tags,
        summary: 'Workspace settings',
        description:
          'Any member or API key (read scope is enough). Settings never saved come with their defaults filled in: colour #2563eb, the standard ' +
          'root causes, no default language, and fatigue rules of 90 days between surveys, 100% sampling, no daily cap and quiet hours 21 to 8.',
        response: { 200: SettingsSchema, ...errors },
      },
    },
    (req) => ctx.settings.get(req.auth),
  );
  api.patch(
    '/api/v1/settings',
    {
      schema: {
        ...SESSION_ONLY,
        tags,
        summary: 'Change branding, default language or fatigue rules (owners and admins)',
        description:
          'Owners and admins, in their session (403 for other roles and for API keys). A partial update: `branding` and `fatigue` are merged field ' +
          'by field, `rootCauses` replaces the whole list; the answer is the complete settings. Fatigue rules apply to sends that fall due from now on.',
        body: Type.Object(
          {
            branding: Type.Optional(Branding),
            rootCauses: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50, description: 'The root causes offered when a follow-up case is closed; replaces the whole list' })),
            locale: Type.Optional(Nullable(StringEnum(SUPPORTED_LOCALES, { description: 'Language of survey pages and emails when neither the person nor the survey has one; null: follow the visitor’s browser' }))),
            fatigue: Type.Optional(Fatigue),
          },
          { additionalProperties: false },
        ),
        response: { 200: SettingsSchema, ...errors },
      },
    },
    (req) => ctx.settings.update(req.auth, req.body as never),
  );
}
