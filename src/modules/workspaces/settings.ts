/**
 * Workspace settings kept in workspace.settings (JSON): branding for customer-facing pages and emails, the
 * default language, and the survey-fatigue rules. Defaults are filled in on read, so old rows stay valid.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.ts';
import { notFound } from '../../shared/errors.ts';
import { parseJson, toJson } from '../../shared/json.ts';
import { type Auth, requireAccess } from '../auth/policy.ts';

export interface FatigueRules {
  /** Never survey one person more than once in this many days, across all surveys. */
  minDaysBetweenSurveys: number;
  /** Share of eligible sends that go out (the rest are skipped as sampled out). */
  samplingPercent: number;
  /** At most this many sends a day per workspace; null for no cap. */
  dailySendCap: number | null;
  /** No sends between these hours in the person's time zone (start inclusive, end exclusive); null for none. */
  quietHours: { start: number; end: number } | null;
}

export interface Branding {
  /** Shown on survey pages and emails. */
  companyName: string | null;
  logoUrl: string | null;
  /** Accent colour, #rrggbb. */
  color: string;
}

export interface WorkspaceSettings {
  branding: Branding;
  /** Root causes offered when a follow-up case is closed. */
  rootCauses: string[];
  /** Language of survey pages when neither the person nor the survey says; null: the visitor's browser decides. */
  locale: string | null;
  fatigue: FatigueRules;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  branding: { companyName: null, logoUrl: null, color: '#2563eb' },
  rootCauses: ['Product quality', 'Delivery or installation', 'Billing', 'Staff behaviour', 'Wait time', 'Price', 'Policy', 'Communication', 'Other'],
  locale: null,
  fatigue: { minDaysBetweenSurveys: 90, samplingPercent: 100, dailySendCap: null, quietHours: { start: 21, end: 8 } },
};

export function withDefaults(raw: Partial<WorkspaceSettings>): WorkspaceSettings {
  return {
    branding: { ...DEFAULT_SETTINGS.branding, ...(raw.branding ?? {}) },
    rootCauses: raw.rootCauses ?? DEFAULT_SETTINGS.rootCauses,
    locale: raw.locale ?? DEFAULT_SETTINGS.locale,
    fatigue: { ...DEFAULT_SETTINGS.fatigue, ...(raw.fatigue ?? {}) },
  };
}

export interface SettingsPatch {
  branding?: Partial<Branding> | undefined;
  rootCauses?: string[] | undefined;
  locale?: string | null | undefined;
  fatigue?: Partial<FatigueRules> | undefined;
}

export class SettingsService {
  constructor(private readonly db: Kysely<DB>) {}

  /** Settings of a workspace without an access check (for public pages and jobs). */
  async forWorkspace(workspaceId: string): Promise<WorkspaceSettings> {
    const row = await this.db.selectFrom('workspace').select('settings').where('id', '=', workspaceId).executeTakeFirst();
    if (!row) throw notFound('workspace');
    return withDefaults(parseJson(row.settings, {}));
  }

  async get(auth: Auth): Promise<WorkspaceSettings> {
    requireAccess(auth, 'read');
    return this.forWorkspace(auth.workspaceId);
  }

  async update(auth: Auth, patch: SettingsPatch): Promise<WorkspaceSettings> {
    requireAccess(auth, 'manage_members');
    const current = await this.forWorkspace(auth.workspaceId);
    const next: WorkspaceSettings = {
      branding: { ...current.branding, ...(patch.branding ?? {}) },
      rootCauses: patch.rootCauses ?? current.rootCauses,
      locale: patch.locale !== undefined ? patch.locale : current.locale,
      fatigue: { ...current.fatigue, ...(patch.fatigue ?? {}) },
    };
    await this.db.updateTable('workspace').set({ settings: toJson(next) }).where('id', '=', auth.workspaceId).execute();
    return next;
  }
}
