/** GET/PATCH /api/v1/settings: branding, default language and survey-fatigue rules of the workspace. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../app-context.ts';
import { errors, Nullable, StringEnum } from '../../http/schemas.ts';
import { SUPPORTED_LOCALES } from '../distribution/email-i18n.ts';

const Hour = Type.Integer({ minimum: 0, maximum: 23 });
const Branding = Type.Object(
  {
    // Nullable, not a union with null: validation coerced a null to "" for the first branch, so `logoUrl: null`
    // failed its pattern and `dailySendCap: null` (no cap) was saved as a cap of 0, which stopped every send
    companyName: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    logoUrl: Type.Optional(Nullable(Type.String({ maxLength: 500, pattern: '^https://' }))),
    color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
  },
  { additionalProperties: false },
);
const Fatigue = Type.Object(
  {
    minDaysBetweenSurveys: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
    samplingPercent: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    dailySendCap: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
    quietHours: Type.Optional(Type.Union([Type.Object({ start: Hour, end: Hour }, { additionalProperties: false }), Type.Null()])),
  },
  { additionalProperties: false },
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
  api.get('/api/v1/settings', { schema: { tags, summary: 'Workspace settings', response: { 200: SettingsSchema, ...errors } } }, (req) => ctx.settings.get(req.auth));
  api.patch(
    '/api/v1/settings',
    {
      schema: {
        tags,
        summary: 'Change branding, default language or fatigue rules (owners and admins)',
        body: Type.Object(
          {
            branding: Type.Optional(Branding),
            rootCauses: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50, description: 'offered when a follow-up case is closed' })),
            locale: Type.Optional(Nullable(StringEnum(SUPPORTED_LOCALES, { description: 'null: follow the visitor’s browser' }))),
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
