import { useState, type FormEvent } from 'react';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from '../../api/hooks';
import { canAdminister, useCurrentSession } from '../../api/session-context';
import { LOCALES, type Locale, type WorkspaceSettings, type WorkspaceSettingsPatch } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { checkHighlighted, ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { Loading } from '../common/Loading';
import { LOCALE_LABELS } from '../surveys/surveyText';

interface FormState {
  minDays: string;
  sampling: string;
  capOn: boolean;
  cap: string;
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
  companyName: string;
  logoUrl: string;
  color: string;
  locale: Locale | '';
}

function toForm(s: WorkspaceSettings): FormState {
  return {
    minDays: String(s.fatigue.minDaysBetweenSurveys),
    sampling: String(s.fatigue.samplingPercent),
    capOn: s.fatigue.dailySendCap !== null,
    cap: s.fatigue.dailySendCap === null ? '500' : String(s.fatigue.dailySendCap),
    quietOn: s.fatigue.quietHours !== null,
    quietStart: String(s.fatigue.quietHours?.start ?? 21),
    quietEnd: String(s.fatigue.quietHours?.end ?? 8),
    companyName: s.branding.companyName ?? '',
    logoUrl: s.branding.logoUrl ?? '',
    color: s.branding.color,
    locale: s.locale && (LOCALES as readonly string[]).includes(s.locale) ? (s.locale as Locale) : '',
  };
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hour = (h: string | number) => `${String(h).padStart(2, '0')}:00`;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function RulesForm({ settings, editable }: { settings: WorkspaceSettings; editable: boolean }) {
  const update = useUpdateWorkspaceSettings();
  const [form, setForm] = useState<FormState>(() => toForm(settings));
  const [saved, setSaved] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = useFieldErrors(update.error, { local: { 'branding/logoUrl': localError ?? undefined } });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: value }));
  };

  const minDays = Number(form.minDays);
  const sampling = Number(form.sampling);
  const cap = Number(form.cap);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setLocalError(null);
    const logo = form.logoUrl.trim();
    if (logo && !logo.startsWith('https://')) {
      setLocalError('The logo URL must start with https:// (emails and pages load it over HTTPS).');
      return;
    }
    const body: WorkspaceSettingsPatch = {
      fatigue: {
        minDaysBetweenSurveys: minDays,
        samplingPercent: sampling,
        dailySendCap: form.capOn ? cap : null,
        quietHours: form.quietOn ? { start: Number(form.quietStart), end: Number(form.quietEnd) } : null,
      },
      branding: { companyName: form.companyName.trim() || null, logoUrl: logo || null, color: form.color },
      locale: form.locale || null,
    };
    update.mutate(body, {
      onSuccess: (next) => {
        setForm(toForm(next));
        setSaved(true);
      },
    });
  };

  const disabled = !editable;

  return (
    <form className="stack" onSubmit={onSubmit} aria-busy={update.isPending} data-testid="feedback-rules-form">
      {!editable ? <p className="alert alert-warning">Only owners and admins can change these rules.</p> : null}

      <section className="card" aria-labelledby="fatigue-title">
        <header className="card-header">
          <h2 id="fatigue-title">Survey fatigue</h2>
          <span className="muted small">Checked for each send when it is due; a held-back send is skipped with its reason.</span>
        </header>
        <div className="rule">
          <div className="field field-narrow">
            <label htmlFor="rule-min-days">Minimum days between surveys</label>
            <input id="rule-min-days" {...errors.inputProps('fatigue/minDaysBetweenSurveys')} data-testid="rule-min-days" type="number" min={0} max={365} required value={form.minDays} disabled={disabled} onChange={(e) => set('minDays', e.target.value)} />
            <FieldError errors={errors} field="fatigue/minDaysBetweenSurveys" />
          </div>
          <p className="rule-meaning">
            {minDays > 0 ? `A person is asked at most once every ${plural(minDays, 'day', 'days')}, whatever the survey.` : 'A person can be asked again at any time.'}
          </p>
        </div>
        <div className="rule">
          <div className="field field-narrow">
            <label htmlFor="rule-sampling">Sampling (percent)</label>
            <input id="rule-sampling" {...errors.inputProps('fatigue/samplingPercent')} data-testid="rule-sampling" type="number" min={0} max={100} step="any" required value={form.sampling} disabled={disabled} onChange={(e) => set('sampling', e.target.value)} />
            <FieldError errors={errors} field="fatigue/samplingPercent" />
          </div>
          <p className="rule-meaning">
            {sampling >= 100 ? 'Everyone due a survey gets it.' : `About ${sampling} in 100 people due a survey get it, picked at random; the rest are sampled out.`}
          </p>
        </div>
        <div className="rule">
          <div className="field field-narrow">
            <label className="check">
              <input type="checkbox" data-testid="rule-cap-on" checked={form.capOn} disabled={disabled} onChange={(e) => set('capOn', e.target.checked)} />
              Daily send cap
            </label>
            {form.capOn ? (
              <>
                <label htmlFor="rule-cap" className="visually-hidden">
                  Emails per day at most
                </label>
                <input id="rule-cap" {...errors.inputProps('fatigue/dailySendCap')} type="number" min={0} max={10000000} value={form.cap} disabled={disabled} onChange={(e) => set('cap', e.target.value)} />
              </>
            ) : null}
            <FieldError errors={errors} field="fatigue/dailySendCap" />
          </div>
          <p className="rule-meaning">
            {form.capOn ? `At most ${plural(cap, 'survey', 'surveys')} go out a day; later ones that day are skipped.` : 'No daily limit on the number of surveys sent.'}
          </p>
        </div>
        <div className="rule">
          <div className="field field-narrow">
            <label className="check">
              <input type="checkbox" data-testid="rule-quiet-on" checked={form.quietOn} disabled={disabled} onChange={(e) => set('quietOn', e.target.checked)} />
              Quiet hours
            </label>
            {form.quietOn ? (
              <div className="inline-fields">
                <label htmlFor="rule-quiet-start">From</label>
                <select id="rule-quiet-start" {...errors.inputProps('fatigue/quietHours')} value={form.quietStart} disabled={disabled} onChange={(e) => set('quietStart', e.target.value)}>
                  {HOURS.map((h) => (
                    <option key={h} value={h}>
                      {hour(h)}
                    </option>
                  ))}
                </select>
                <label htmlFor="rule-quiet-end">to</label>
                <select id="rule-quiet-end" {...errors.inputProps('fatigue/quietHours')} value={form.quietEnd} disabled={disabled} onChange={(e) => set('quietEnd', e.target.value)}>
                  {HOURS.map((h) => (
                    <option key={h} value={h}>
                      {hour(h)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <FieldError errors={errors} field="fatigue/quietHours" />
          </div>
          <p className="rule-meaning">
            {form.quietOn
              ? `Emails due between ${hour(form.quietStart)} and ${hour(form.quietEnd)} in the person’s time zone wait until ${hour(form.quietEnd)}.`
              : 'Emails go out at any hour.'}
          </p>
        </div>
      </section>

      <section className="card" aria-labelledby="branding-title">
        <header className="card-header">
          <h2 id="branding-title">Branding and language</h2>
          <span className="muted small">Used in survey emails, survey pages, the widget and the public feedback page.</span>
        </header>
        <div className="form-row">
          <div className="field">
            <label htmlFor="brand-company">Company name</label>
            <input id="brand-company" {...errors.inputProps('branding/companyName', 'brand-company-hint')} data-testid="brand-company" maxLength={100} placeholder="The workspace name" value={form.companyName} disabled={disabled} onChange={(e) => set('companyName', e.target.value)} />
            <span className="hint" id="brand-company-hint">Shown to people as who is asking. Empty: the workspace name.</span>
            <FieldError errors={errors} field="branding/companyName" />
          </div>
          <div className="field">
            <label htmlFor="brand-logo">Logo URL</label>
            <input id="brand-logo" {...errors.inputProps('branding/logoUrl', 'brand-logo-hint')} type="url" maxLength={500} placeholder="https://…/logo.png" value={form.logoUrl} disabled={disabled} onChange={(e) => set('logoUrl', e.target.value)} />
            <span className="hint" id="brand-logo-hint">HTTPS only. Empty: no logo.</span>
            <FieldError errors={errors} field="branding/logoUrl" />
          </div>
          <div className="field">
            <label htmlFor="brand-color">Accent colour</label>
            <div className="inline-fields">
              <input id="brand-color" {...errors.inputProps('branding/color', 'brand-color-hint')} type="color" className="color-input" value={form.color} disabled={disabled} onChange={(e) => set('color', e.target.value)} />
              <span className="mono">{form.color}</span>
            </div>
            <span className="hint" id="brand-color-hint">Buttons and the top border of emails and pages.</span>
            <FieldError errors={errors} field="branding/color" />
          </div>
          <div className="field">
            <label htmlFor="brand-locale">Default language</label>
            <select id="brand-locale" {...errors.inputProps('locale', 'brand-locale-hint')} data-testid="brand-locale" value={form.locale} disabled={disabled} onChange={(e) => set('locale', e.target.value as Locale | '')}>
              <option value="">Each person’s own language</option>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_LABELS[l]}
                </option>
              ))}
            </select>
            <span className="hint" id="brand-locale-hint">For surveys without their own language. “Each person’s own”: the person’s language, else their browser’s.</span>
            <FieldError errors={errors} field="locale" />
          </div>
        </div>
      </section>
      {editable ? (
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" data-testid="feedback-rules-save" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save rules'}
          </button>
          <span role="status" className="save-status" data-testid={saved ? 'feedback-rules-saved' : undefined}>
            {saved ? 'Saved. New sends follow these rules.' : ''}
          </span>
          {/* the field's own message is announced where it is: here only what to do */}
          {localError && !update.error ? <span className="field-error">{checkHighlighted(1)}</span> : <ErrorSummary errors={errors} inline />}
        </div>
      ) : null}
    </form>
  );
}

/** `/settings/feedback`: fatigue rules, branding and default language of the workspace. */
export function FeedbackRulesPage() {
  const session = useCurrentSession();
  const settings = useWorkspaceSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />;
  return <RulesForm settings={settings.data} editable={canAdminister(session)} />;
}
