import { useMemo, useState } from 'react';
import { useSurveyPreview } from '../../api/hooks';
import { LOCALES, type Locale, type SurveyKind, type SurveyPreviewRequest } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { useDebounced } from '../common/useDebounced';
import { LOCALE_LABELS } from './surveyText';

type Tab = 'email' | 'page';

const SCORE_CHOICES: Record<SurveyKind, number[]> = { nps: [10, 8, 3], csat: [5, 3, 1], ces: [7, 4, 1] };

/**
 * The survey's email and page as a person would see them, with the editor's unsaved changes. Updates 400 ms after
 * the last keystroke. Both render in sandboxed frames (no scripts, no same-origin access).
 */
export function SurveyPreviewPanel({
  surveyId,
  kind,
  draft,
  defaultLocale,
}: {
  surveyId: string | undefined;
  kind: SurveyKind;
  draft: NonNullable<SurveyPreviewRequest['draft']>;
  defaultLocale: Locale;
}) {
  const [tab, setTab] = useState<Tab>('email');
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const [score, setScore] = useState<number | null>(null);
  const choices = SCORE_CHOICES[kind];
  const chosenScore = score !== null && choices.includes(score) ? score : null;

  const requestText = JSON.stringify({ locale, score: chosenScore, draft });
  const debounced = useDebounced(requestText, 400);
  const request = useMemo(() => JSON.parse(debounced) as SurveyPreviewRequest, [debounced]);
  const preview = useSurveyPreview(surveyId, surveyId ? request : null);
  const updating = preview.isFetching || debounced !== requestText;

  if (!surveyId) {
    return (
      <aside className="card preview-panel" aria-label="Preview" data-testid="survey-preview">
        <h2>Preview</h2>
        <p className="muted">The email and page preview appears here after the first save.</p>
      </aside>
    );
  }

  return (
    <aside className="card preview-panel" aria-labelledby="preview-title" data-testid="survey-preview">
      <header className="card-header">
        <h2 id="preview-title">Preview</h2>
        <span className="muted small" aria-live="polite">
          {updating ? 'Updating…' : ''}
        </span>
      </header>
      <div className="preview-controls">
        <div className="tabs" role="tablist" aria-label="What to preview">
          {(['email', 'page'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`preview-tab-${t}`}
              aria-selected={tab === t}
              aria-controls="preview-tabpanel"
              className={tab === t ? 'tab active' : 'tab'}
              data-testid={`preview-tab-${t}`}
              onClick={() => setTab(t)}
            >
              {t === 'email' ? 'Email' : 'Page'}
            </button>
          ))}
        </div>
        <div className="field field-inline">
          <label htmlFor="preview-locale">Language</label>
          <select id="preview-locale" data-testid="preview-locale" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
        {tab === 'page' ? (
          <div className="field field-inline">
            <label htmlFor="preview-score">Score</label>
            <select id="preview-score" value={chosenScore ?? ''} onChange={(e) => setScore(e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">Not answered yet</option>
              {choices.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div id="preview-tabpanel" role="tabpanel" aria-labelledby={`preview-tab-${tab}`}>
        {preview.isError && !preview.data ? (
          <ErrorMessage error={preview.error} onRetry={() => void preview.refetch()} />
        ) : !preview.data ? (
          <p className="muted">Rendering…</p>
        ) : tab === 'email' ? (
          <div className="preview-body">
            <p className="preview-subject">
              <span className="muted">Subject:</span> <strong data-testid="preview-email-subject">{preview.data.email.subject}</strong>
            </p>
            <p className="preview-subject small">
              <span className="muted">Reminder subject:</span> <span data-testid="preview-email-reminder-subject">{preview.data.email.reminderSubject}</span>
            </p>
            <iframe title="Email preview" className="preview-frame" sandbox="" srcDoc={preview.data.email.html} data-testid="preview-email-frame" />
          </div>
        ) : preview.data.page ? (
          <iframe title="Survey page preview" className="preview-frame" sandbox="" srcDoc={preview.data.page.html} data-testid="preview-page-frame" />
        ) : (
          <p className="muted" data-testid="preview-page-unavailable">
            The survey page preview is not available on this server yet; the email preview shows the question and wording.
          </p>
        )}
        {preview.isError && preview.data ? <ErrorMessage error={preview.error} /> : null}
      </div>
    </aside>
  );
}
