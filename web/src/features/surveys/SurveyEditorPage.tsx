import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useCreateSurvey, useResponsesPage, useSurvey, useUpdateSurvey, useWorkspaceSettings } from '../../api/hooks';
import { canWrite, useCurrentSession } from '../../api/session-context';
import {
  LOCALES,
  type Locale,
  type Survey,
  type SurveyInput,
  type SurveyKind,
  type SurveyQuestion,
  type SurveyStatus,
  type ThankYou,
  type Tone3,
} from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { KIND_LABELS } from '../common/format';
import { Loading } from '../common/Loading';
import { isNotFound, NotFoundState } from '../common/NotFoundState';
import { EmailTextsFields } from './EmailTextsFields';
import { newQuestionId, QuestionsEditor, type QuestionDraft } from './QuestionsEditor';
import { DeleteSurveyButton, DuplicateSurveyButton } from './SurveyActions';
import { SurveyPreviewPanel } from './SurveyPreviewPanel';
import { DEFAULT_QUESTION, KIND_HELP, LOCALE_LABELS, STATUS_HELP, toneLabel } from './surveyText';

const TONES: readonly Tone3[] = ['positive', 'neutral', 'negative'];

interface FormState {
  name: string;
  kind: SurveyKind;
  status: SurveyStatus;
  question: string;
  followUp: Record<'default' | Tone3, string>;
  questions: QuestionDraft[];
  locale: '' | Locale;
  thankYouMessage: string;
  linkUrl: string;
  linkLabel: string;
  linkTones: Tone3[];
  publicLink: boolean;
  reminderDays: string;
  /** The survey's own email texts; blank: the localised default. */
  emailSubject: string;
  emailIntro: string;
  emailReminderSubject: string;
}

function toForm(survey: Survey | undefined): FormState {
  const locale = survey?.locale && (LOCALES as readonly string[]).includes(survey.locale) ? (survey.locale as Locale) : '';
  return {
    name: survey?.name ?? '',
    kind: survey?.kind ?? 'nps',
    status: survey?.status ?? 'draft',
    question: survey?.question ?? '',
    followUp: {
      default: survey?.followUp.default ?? '',
      positive: survey?.followUp.positive ?? '',
      neutral: survey?.followUp.neutral ?? '',
      negative: survey?.followUp.negative ?? '',
    },
    questions: (survey?.questions ?? []).map((q) => ({
      id: q.id || newQuestionId(),
      type: q.type,
      label: q.label,
      options: (q.options ?? []).join('\n'),
      min: String(q.min ?? 1),
      max: String(q.max ?? 5),
      required: q.required ?? false,
    })),
    locale,
    thankYouMessage: survey?.thankYou?.message ?? '',
    linkUrl: survey?.thankYou?.linkUrl ?? '',
    linkLabel: survey?.thankYou?.linkLabel ?? '',
    linkTones: survey?.thankYou?.linkTones ?? [],
    publicLink: survey?.publicLink ?? false,
    reminderDays: survey?.reminderDays ? String(survey.reminderDays) : '',
    emailSubject: survey?.email.subject ?? '',
    emailIntro: survey?.email.intro ?? '',
    emailReminderSubject: survey?.email.reminderSubject ?? '',
  };
}

function toQuestions(drafts: QuestionDraft[], forPreview: boolean): SurveyQuestion[] {
  return drafts
    .filter((q) => !forPreview || q.label.trim() !== '')
    .map((q) => {
      const out: SurveyQuestion = { id: q.id, type: q.type, label: q.label.trim(), required: q.required };
      if (q.type === 'single_choice' || q.type === 'multiple_choice') {
        out.options = q.options
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean);
      }
      if (q.type === 'rating') {
        if (q.min !== '') out.min = Number(q.min);
        if (q.max !== '') out.max = Number(q.max);
      }
      return out;
    });
}

/** The email texts as the API takes them: blank is null, the localised default. */
function toEmailTexts(form: FormState): NonNullable<SurveyInput['email']> {
  return { subject: form.emailSubject.trim() || null, intro: form.emailIntro.trim() || null, reminderSubject: form.emailReminderSubject.trim() || null };
}

function toThankYou(form: FormState): ThankYou {
  const out: ThankYou = {};
  if (form.thankYouMessage.trim()) out.message = form.thankYouMessage.trim();
  if (form.linkUrl.trim()) {
    out.linkUrl = form.linkUrl.trim();
    if (form.linkLabel.trim()) out.linkLabel = form.linkLabel.trim();
    if (form.linkTones.length > 0 && form.linkTones.length < 3) out.linkTones = form.linkTones;
  }
  return out;
}

/** Does this survey have responses? Then its kind is fixed (the server answers 409 otherwise). */
function useHasResponses(surveyId: string | undefined): boolean {
  const page = useResponsesPage({ surveyId: surveyId ?? '__none__', limit: 1 });
  return Boolean(surveyId) && (page.data?.data.length ?? 0) > 0;
}

function SurveyForm({ survey }: { survey: Survey | undefined }) {
  const session = useCurrentSession();
  const writable = canWrite(session);
  const navigate = useNavigate();
  const settings = useWorkspaceSettings();
  const create = useCreateSurvey();
  const update = useUpdateSurvey(survey?.id ?? '');
  const save = survey ? update : create;
  const hasResponses = useHasResponses(survey?.id);
  const location = useLocation();
  // `/surveys/new?kind=ces` (from the overview's empty CES card) starts with that kind.
  const [form, setForm] = useState<FormState>(() => {
    const initial = toForm(survey);
    const asked = new URLSearchParams(location.search).get('kind');
    if (!survey && (asked === 'nps' || asked === 'csat' || asked === 'ces')) initial.kind = asked;
    return initial;
  });
  const arrival = location.state as { created?: boolean; duplicatedFrom?: string } | null;
  const [saved, setSaved] = useState(() => arrival?.created === true);
  // Opened right after "Duplicate": say what this is, until the first change.
  const [duplicatedFrom, setDuplicatedFrom] = useState(() => arrival?.duplicatedFrom ?? null);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setSaved(false);
    setDuplicatedFrom(null);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const setFollowUp = (tone: 'default' | Tone3, value: string) => {
    setSaved(false);
    setForm((f) => ({ ...f, followUp: { ...f.followUp, [tone]: value } }));
  };

  const workspaceLocale = (LOCALES as readonly string[]).includes(settings.data?.locale ?? '') ? (settings.data?.locale as Locale) : null;

  const previewDraft = useMemo(
    () => ({
      kind: form.kind,
      question: form.question.trim(),
      followUp: Object.fromEntries(Object.entries(form.followUp).map(([k, v]) => [k, v.trim()])),
      questions: toQuestions(form.questions, true),
      thankYou: toThankYou(form),
      email: toEmailTexts(form),
    }),
    [form],
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body: SurveyInput = {
      name: form.name.trim(),
      status: form.status,
      question: form.question.trim(),
      followUp: {
        default: form.followUp.default.trim(),
        positive: form.followUp.positive.trim(),
        neutral: form.followUp.neutral.trim(),
        negative: form.followUp.negative.trim(),
      },
      questions: toQuestions(form.questions, false),
      locale: form.locale || null,
      thankYou: toThankYou(form),
      publicLink: form.publicLink,
      reminderDays: form.reminderDays ? Number(form.reminderDays) : null,
      email: toEmailTexts(form),
    };
    // The kind is sent only when it changes: a survey with responses keeps its kind.
    if (!survey || survey.kind !== form.kind) body.kind = form.kind;
    if (!body.question) delete body.question;
    if (!body.followUp?.default) delete body.followUp?.default;
    save.mutate(body, {
      onSuccess: (result) => {
        setSaved(true);
        if (!survey) void navigate(`/surveys/${result.id}`, { replace: true, state: { created: true } });
      },
    });
  };

  const kindConflict = save.error instanceof ApiError && save.error.status === 409;
  const disabled = !writable;
  const err = save.error;
  const errors = useFieldErrors(err);

  return (
    <div className="stack">
      <div className="page-header">
        <h1>{survey ? survey.name : 'New survey'}</h1>
        <div className="header-actions">
          <Link to="/surveys" className="btn btn-ghost">
            All surveys
          </Link>
          {survey ? (
            <Link to={`/surveys/${survey.id}/distribute`} className="btn" data-testid="survey-distribute">
              Distribute
            </Link>
          ) : null}
          {survey && writable ? (
            <>
              <DuplicateSurveyButton survey={survey} />
              <DeleteSurveyButton survey={survey} onDeleted={() => void navigate('/surveys', { state: { deleted: survey.name } })} />
            </>
          ) : null}
        </div>
      </div>
      {duplicatedFrom && survey ? (
        <p className="alert alert-success" role="status" data-testid="survey-duplicated">
          This is a copy of “{duplicatedFrom}”, saved as a draft with none of its responses. Rename it, adjust it, then set it to Active to send it.
        </p>
      ) : null}
      <div className="editor-grid">
        <form className="card form" onSubmit={onSubmit} aria-busy={save.isPending} data-testid="survey-form" noValidate={false}>
          {!writable ? <p className="alert alert-warning">Your role can read surveys but not change them.</p> : null}
          <fieldset className="fieldset">
            <legend>Survey</legend>
            <div className="form-row">
              <div className="field">
                <label htmlFor="survey-name">Name</label>
                <input id="survey-name" {...errors.inputProps('name', 'survey-name-hint')} data-testid="survey-name" required maxLength={200} value={form.name} disabled={disabled} onChange={(e) => set('name', e.target.value)} />
                <span className="hint" id="survey-name-hint">
                  Only your team sees the name.
                </span>
                <FieldError errors={errors} field="name" />
              </div>
              <div className="field">
                <label htmlFor="survey-kind">Kind</label>
                <select
                  id="survey-kind"
                  data-testid="survey-kind"
                  value={form.kind}
                  disabled={disabled || hasResponses}
                  {...errors.inputProps('kind', 'survey-kind-hint')}
                  onChange={(e) => set('kind', e.target.value as SurveyKind)}
                >
                  {(['nps', 'csat', 'ces'] as const).map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
                <span className="hint" id="survey-kind-hint">
                  {hasResponses ? 'Fixed: this survey has responses.' : KIND_HELP[form.kind]}
                </span>
                <FieldError errors={errors} field="kind" />
              </div>
              <div className="field">
                <label htmlFor="survey-status">Status</label>
                <select id="survey-status" {...errors.inputProps('status', 'survey-status-hint')} data-testid="survey-status" value={form.status} disabled={disabled} onChange={(e) => set('status', e.target.value as SurveyStatus)}>
                  <option value="draft">Draft</option>
                  <option value="active">Active</option>
                  <option value="closed">Closed</option>
                </select>
                <span className="hint" id="survey-status-hint">
                  {STATUS_HELP[form.status]}
                </span>
                <FieldError errors={errors} field="status" />
              </div>
              <div className="field">
                <label htmlFor="survey-locale">Language</label>
                <select id="survey-locale" {...errors.inputProps('locale')} data-testid="survey-locale" value={form.locale} disabled={disabled} onChange={(e) => set('locale', e.target.value as '' | Locale)}>
                  <option value="">{workspaceLocale ? `Default (${LOCALE_LABELS[workspaceLocale]})` : 'Each person’s own'}</option>
                  {LOCALES.map((l) => (
                    <option key={l} value={l}>
                      {LOCALE_LABELS[l]}
                    </option>
                  ))}
                </select>
                <FieldError errors={errors} field="locale" />
              </div>
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend>Questions</legend>
            <div className="field">
              <label htmlFor="survey-question">Question</label>
              <input
                id="survey-question"
                {...errors.inputProps('question', 'survey-question-hint')}
                data-testid="survey-question"
                maxLength={500}
                placeholder={DEFAULT_QUESTION[form.kind]}
                value={form.question}
                disabled={disabled}
                onChange={(e) => set('question', e.target.value)}
              />
              <span className="hint" id="survey-question-hint">
                Leave empty for the standard wording in the survey’s language.
              </span>
              <FieldError errors={errors} field="question" />
            </div>
            <div className="field">
              <label htmlFor="survey-followup">Follow-up question</label>
              <input
                id="survey-followup"
                {...errors.inputProps('followUp', 'survey-followup-hint')}
                data-testid="survey-followup"
                maxLength={500}
                placeholder="What is the most important reason for your score?"
                value={form.followUp.default}
                disabled={disabled}
                onChange={(e) => setFollowUp('default', e.target.value)}
              />
              <span className="hint" id="survey-followup-hint">
                Asked after the score. Optionally word it differently by score:
              </span>
              <FieldError errors={errors} field="followUp" />
            </div>
            <div className="form-row">
              {TONES.map((tone) => (
                <div className="field" key={tone}>
                  <label htmlFor={`survey-followup-${tone}`}>For {toneLabel(form.kind, tone).toLowerCase()}</label>
                  <input
                    id={`survey-followup-${tone}`}
                    maxLength={500}
                    placeholder="Same as above"
                    value={form.followUp[tone]}
                    disabled={disabled}
                    onChange={(e) => setFollowUp(tone, e.target.value)}
                  />
                </div>
              ))}
            </div>
          </fieldset>

          <QuestionsEditor
            questions={form.questions}
            onChange={(next) => set('questions', next)}
            disabled={disabled}
            errors={err instanceof ApiError ? err.fields : []}
          />

          <fieldset className="fieldset">
            <legend>Thank-you page</legend>
            <div className="field">
              <label htmlFor="survey-thanks">Message</label>
              <textarea
                id="survey-thanks"
                {...errors.inputProps('thankYou')}
                rows={2}
                maxLength={1000}
                placeholder="Thank you for your feedback!"
                value={form.thankYouMessage}
                disabled={disabled}
                onChange={(e) => set('thankYouMessage', e.target.value)}
              />
              <FieldError errors={errors} field="thankYou" />
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor="survey-link-url">Link URL (optional)</label>
                <input
                  id="survey-link-url"
                  {...errors.inputProps('thankYou/linkUrl')}
                  type="url"
                  maxLength={500}
                  placeholder="https://g.page/r/your-review-link"
                  value={form.linkUrl}
                  disabled={disabled}
                  onChange={(e) => set('linkUrl', e.target.value)}
                />
                <FieldError errors={errors} field="thankYou/linkUrl" />
              </div>
              <div className="field">
                <label htmlFor="survey-link-label">Link label</label>
                <input
                  id="survey-link-label"
                  maxLength={100}
                  placeholder="Leave us a review"
                  value={form.linkLabel}
                  disabled={disabled || !form.linkUrl}
                  onChange={(e) => set('linkLabel', e.target.value)}
                />
              </div>
            </div>
            <div className="field" role="group" aria-labelledby="survey-link-tones-label" aria-describedby="survey-link-tones-hint">
              <span id="survey-link-tones-label" className="label">
                Who sees the link
              </span>
              <div className="check-row">
                {TONES.map((tone) => (
                  <label className="check" key={tone}>
                    <input
                      type="checkbox"
                      checked={form.linkTones.includes(tone)}
                      disabled={disabled || !form.linkUrl}
                      onChange={(e) => set('linkTones', e.target.checked ? [...form.linkTones, tone] : form.linkTones.filter((t) => t !== tone))}
                    />
                    {toneLabel(form.kind, tone)}
                  </label>
                ))}
              </div>
              <span className="hint" id="survey-link-tones-hint">
                None or all ticked: everyone sees it. Tick only {toneLabel(form.kind, 'positive').replace(/ \(.*\)$/, '').toLowerCase()} to ask happy customers for a review.
              </span>
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend>Distribution</legend>
            <label className="check">
              <input type="checkbox" data-testid="survey-public-link" checked={form.publicLink} disabled={disabled} onChange={(e) => set('publicLink', e.target.checked)} />
              Public anonymous link — anyone with the link can answer (rate limited).
            </label>
            <div className="field field-narrow">
              <label htmlFor="survey-reminder">Reminder after (days)</label>
              <input
                id="survey-reminder"
                {...errors.inputProps('reminderDays', 'survey-reminder-hint')}
                type="number"
                min={1}
                max={60}
                placeholder="No reminder"
                value={form.reminderDays}
                disabled={disabled}
                onChange={(e) => set('reminderDays', e.target.value)}
              />
              <span className="hint" id="survey-reminder-hint">
                One reminder email to people who have not answered. Empty: no reminder.
              </span>
              <FieldError errors={errors} field="reminderDays" />
            </div>
          </fieldset>

          <EmailTextsFields
            values={{ subject: form.emailSubject, intro: form.emailIntro, reminderSubject: form.emailReminderSubject }}
            onChange={(key, value) => set(key === 'subject' ? 'emailSubject' : key === 'intro' ? 'emailIntro' : 'emailReminderSubject', value)}
            disabled={disabled}
            reminder={form.reminderDays !== ''}
            errors={errors}
          />

          {kindConflict ? (
            <div className="alert alert-error" role="alert" data-testid="survey-kind-conflict">
              This survey already has responses, so its kind cannot change. Create a new survey for another kind.
            </div>
          ) : (
            <ErrorSummary errors={errors} />
          )}
          {writable ? (
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" data-testid="survey-save" disabled={save.isPending}>
                {save.isPending ? 'Saving…' : survey ? 'Save changes' : 'Create survey'}
              </button>
              <span role="status" className="save-status" data-testid={saved ? 'survey-saved' : undefined}>
                {saved ? (survey && survey.createdAt === survey.updatedAt ? 'Survey created.' : 'Saved.') : ''}
              </span>
            </div>
          ) : null}
        </form>
        <SurveyPreviewPanel surveyId={survey?.id} kind={form.kind} draft={previewDraft} defaultLocale={form.locale || workspaceLocale || 'en'} />
      </div>
    </div>
  );
}

/** `/surveys/new` and `/surveys/:id`: the survey editor with a live preview beside it. */
export function SurveyEditorPage() {
  const { id } = useParams();
  const session = useCurrentSession();
  const surveyId = id && id !== 'new' ? id : undefined;
  const survey = useSurvey(surveyId);

  if (surveyId && survey.isPending) return <Loading />;
  if (surveyId && survey.isError) {
    if (isNotFound(survey.error)) {
      return <NotFoundState title="Survey not found" backTo="/surveys" backLabel="All surveys" testId="survey-not-found">This survey does not exist in this workspace.</NotFoundState>;
    }
    return <ErrorMessage error={survey.error} onRetry={() => void survey.refetch()} />;
  }
  if (!surveyId && !canWrite(session)) {
    return (
      <div className="empty-state" data-testid="survey-new-forbidden">
        <h1>New survey</h1>
        <p className="muted">Only owners, admins and managers can create surveys; your role can read them.</p>
        <Link className="btn" to="/surveys">
          All surveys
        </Link>
      </div>
    );
  }
  return <SurveyForm key={surveyId ?? 'new'} survey={surveyId ? survey.data : undefined} />;
}
