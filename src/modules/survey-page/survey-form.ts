/**
 * The survey page's HTML: the score step, the follow-up step (score-dependent follow-up question and the extra
 * questions), and the thank-you page; plus reading and checking what the form posts. Plain forms that work
 * without JavaScript; the small page script only improves them (see docs/collecting-feedback.md).
 */
import type { SurveyRow } from '../../db/tables.ts';
import { html, type RawHtml } from '../../shared/html.ts';
import { parseJson } from '../../shared/json.ts';
import { MAX_ANSWER_TEXT, MAX_COMMENT } from '../responses/response.validate.ts';
import { isValidScore, SCALE, scoreTone, type Tone } from '../surveys/score-groups.ts';
import { DEFAULT_FOLLOW_UP, DEFAULT_QUESTION, type FollowUp, type Question, type ThankYou } from '../surveys/survey.service.ts';
import { type Locale, PAGE_TEXTS } from './i18n.ts';
import { errorSummary, field, fields } from './layout.ts';

export interface FormModel {
  locale: Locale;
  survey: SurveyRow;
  /** Where the form posts (the page's own path). */
  action: string;
  step: 'score' | 'details';
  score: number | null;
  /** Sticky values of a form sent back with errors, by field name. */
  values?: Record<string, string[]> | undefined;
  errors?: Record<string, string> | undefined;
  /** Opened from a one-click email button: thank the person for the score and ask for more. */
  oneClick?: boolean | undefined;
  /** The page script saves this score once a person is looking at the page (personal links only). */
  autoSave?: number | null | undefined;
  /** Public links: the signed reference of the response created by the score step. */
  ref?: string | null | undefined;
}

export function questionText(survey: SurveyRow, locale: Locale): string {
  return survey.question === DEFAULT_QUESTION[survey.kind] ? PAGE_TEXTS[locale].defaultQuestion[survey.kind] : survey.question;
}

/** The follow-up question for a tone, in the page's language when the survey keeps the built-in wording. */
export function followUpText(survey: SurveyRow, tone: Tone, locale: Locale): string {
  const fu = parseJson<FollowUp>(survey.follow_up, DEFAULT_FOLLOW_UP);
  const text = fu[tone] || fu.default || DEFAULT_FOLLOW_UP.default;
  const t = PAGE_TEXTS[locale].defaultFollowUp;
  if (text === DEFAULT_FOLLOW_UP.default) return t.default;
  if (text === DEFAULT_FOLLOW_UP.positive) return t.positive;
  if (text === DEFAULT_FOLLOW_UP.negative) return t.negative;
  return text;
}

export function questionsOf(survey: SurveyRow): Question[] {
  return parseJson<Question[]>(survey.questions, []);
}

const fieldName = (q: Question) => `q_${q.id}`;
const fieldId = (q: Question) => `q-${q.id}`;

function errorLine(id: string, message: string | undefined): RawHtml | string {
  return message ? html`<span class="error" id="${id}-error">${message}</span>` : '';
}

function describedBy(...ids: (string | false | null | undefined)[]): string {
  return ids.filter(Boolean).join(' ');
}

function scoreFieldset(m: FormModel): RawHtml {
  const t = PAGE_TEXTS[m.locale];
  const { min, max } = SCALE[m.survey.kind];
  const ends = t.scale[m.survey.kind];
  const error = m.errors?.score;
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const picks = scores.map((s) => {
    const extra = s === min ? ` – ${ends.low}` : s === max ? ` – ${ends.high}` : '';
    return html`<label class="pick"><input type="radio" name="score" value="${s}" data-tone="${scoreTone(m.survey.kind, s)}"${s === m.score ? html` checked` : ''}${s === min ? html` required` : ''}><span>${s}${extra ? html`<span class="visually-hidden">${extra}</span>` : ''}</span></label>`;
  });
  const hint = m.step === 'details' ? html`<p class="hint" id="score-hint">${t.changeScoreHint}</p>` : '';
  return html`<fieldset id="score" aria-describedby="${describedBy(m.step === 'details' && 'score-hint', error && 'score-error')}"${error ? html` aria-invalid="true"` : ''}>
<legend><h1>${questionText(m.survey, m.locale)}</h1></legend>
${errorLine('score', error)}
<div class="scale scale-${m.survey.kind}">${picks}</div>
<div class="ends" aria-hidden="true"><span>${min} – ${ends.low}</span><span>${max} – ${ends.high}</span></div>
${hint}
</fieldset>`;
}

function extraQuestion(m: FormModel, q: Question): RawHtml {
  const t = PAGE_TEXTS[m.locale];
  const name = fieldName(q);
  const id = fieldId(q);
  const error = m.errors?.[name];
  const values = m.values?.[name] ?? [];
  const flag = q.required ? html` <span class="opt">(${t.required})</span>` : html` <span class="opt">(${t.optional})</span>`;
  const invalid = error ? html` aria-invalid="true"` : '';
  switch (q.type) {
    case 'text':
      return html`<div class="field"><label for="${id}">${q.label}${flag}</label>${errorLine(id, error)}<textarea id="${id}" name="${name}" rows="4" maxlength="${MAX_ANSWER_TEXT}"${q.required ? html` required` : ''}${invalid}${error ? html` aria-describedby="${id}-error"` : ''}>${values[0] ?? ''}</textarea></div>`;
    case 'single_choice':
    case 'multiple_choice': {
      const type = q.type === 'single_choice' ? 'radio' : 'checkbox';
      const options = (q.options ?? []).map(
        (o, i) =>
          html`<label class="choice"><input type="${type}" name="${name}" value="${o}"${i === 0 ? html` id="${id}"` : ''}${values.includes(o) ? html` checked` : ''}${q.required && type === 'radio' ? html` required` : ''}><span>${o}</span></label>`,
      );
      return html`<fieldset${error ? html` aria-describedby="${id}-error"` : ''}${invalid}><legend>${q.label}${flag}</legend>${errorLine(id, error)}<div class="choices">${options}</div></fieldset>`;
    }
    case 'rating': {
      const min = q.min ?? 1;
      const max = q.max ?? 5;
      const picks = Array.from({ length: max - min + 1 }, (_, i) => min + i).map(
        (s) =>
          html`<label class="pick"><input type="radio" name="${name}" value="${s}"${s === min ? html` id="${id}"` : ''}${values.includes(String(s)) ? html` checked` : ''}${q.required ? html` required` : ''}><span>${s}</span></label>`,
      );
      return html`<fieldset${error ? html` aria-describedby="${id}-error"` : ''}${invalid}><legend>${q.label}${flag}</legend>${errorLine(id, error)}<div class="rating">${picks}</div></fieldset>`;
    }
  }
}

/** The survey form (either step). */
export function renderForm(m: FormModel): RawHtml {
  const t = PAGE_TEXTS[m.locale];
  const fieldIds: Record<string, string> = { score: 'score', comment: 'comment' };
  const labels: Record<string, string> = {};
  const questions = m.step === 'details' ? questionsOf(m.survey) : [];
  for (const q of questions) {
    fieldIds[fieldName(q)] = fieldId(q);
    labels[fieldName(q)] = q.label;
  }
  const summary = errorSummary(m.locale, m.errors ?? {}, fieldIds, labels);
  if (m.step === 'score') {
    return html`${summary}<form method="post" action="${m.action}" id="answer">
<input type="hidden" name="step" value="score">
${scoreFieldset(m)}
<button type="submit">${t.next}</button>
</form>`;
  }
  const tone = m.score === null ? 'neutral' : scoreTone(m.survey.kind, m.score);
  const commentError = m.errors?.comment;
  const followUps = (['positive', 'neutral', 'negative'] as const).map((tn) => followUpText(m.survey, tn, m.locale));
  const armed = m.autoSave !== null && m.autoSave !== undefined;
  return html`${summary}${m.oneClick ? html`<p class="lead">${t.oneClickIntro}</p>` : ''}
${armed ? html`<p class="status" id="status" role="status" data-saved="${t.scoreSaved}"></p>` : ''}
<form method="post" action="${m.action}" id="answer"${armed ? html` data-autosave="${m.autoSave}"` : ''}>
<input type="hidden" name="step" value="details">${m.ref ? html`<input type="hidden" name="ref" value="${m.ref}">` : ''}
${scoreFieldset(m)}
<div class="field"><label for="comment" id="follow-up" data-positive="${followUps[0]}" data-neutral="${followUps[1]}" data-negative="${followUps[2]}">${followUpText(m.survey, tone, m.locale)}</label>
<span class="hint" id="comment-hint">${t.optional[0]!.toUpperCase()}${t.optional.slice(1)}. ${t.commentHint}</span>${errorLine('comment', commentError)}
<textarea id="comment" name="comment" rows="5" maxlength="${MAX_COMMENT}" aria-describedby="${describedBy('comment-hint', commentError && 'comment-error')}"${commentError ? html` aria-invalid="true"` : ''}>${m.values?.comment?.[0] ?? ''}</textarea></div>
${questions.map((q) => extraQuestion(m, q))}
<button type="submit">${t.send}</button>
${armed ? html`<noscript><p class="note">${t.noScriptConfirm}</p></noscript>` : ''}
</form>`;
}

/** The thank-you page: the survey's own message, and its link when the score's tone allows it. */
export function renderThanks(locale: Locale, survey: SurveyRow, score: number | null): RawHtml {
  const t = PAGE_TEXTS[locale];
  const ty = parseJson<ThankYou>(survey.thank_you, {});
  const tone = score === null ? null : scoreTone(survey.kind, score);
  let link: RawHtml | string = '';
  if (ty.linkUrl && /^https?:\/\//i.test(ty.linkUrl) && (!ty.linkTones || ty.linkTones.length === 0 || (tone !== null && ty.linkTones.includes(tone)))) {
    link = html`<p><a class="cta" href="${ty.linkUrl}" rel="noopener noreferrer">${ty.linkLabel || ty.linkUrl}</a></p>`;
  }
  const message = ty.message?.trim() ? ty.message.trim().split(/\n\s*\n/).map((p) => html`<p>${p}</p>`) : html`<p>${t.thanksBody}</p>`;
  return html`<p class="icon" aria-hidden="true">✓</p><h1>${t.thanksTitle}</h1>${message}${link}`;
}

export interface ReadAnswers {
  score: number | null;
  comment: string;
  answers: Record<string, unknown>;
  values: Record<string, string[]>;
  errors: Record<string, string>;
}

/** Reads a posted form: the score always; comment and extra answers on the follow-up step. */
export function readForm(locale: Locale, survey: SurveyRow, body: Record<string, unknown>, details: boolean): ReadAnswers {
  const t = PAGE_TEXTS[locale];
  const errors: Record<string, string> = {};
  const values: Record<string, string[]> = {};
  const rawScore = field(body, 'score');
  const n = /^\d{1,2}$/.test(rawScore) ? Number(rawScore) : NaN;
  const score = isValidScore(survey.kind, n) ? n : null;
  if (score === null) errors.score = t.errors.score(SCALE[survey.kind].min, SCALE[survey.kind].max);
  const answers: Record<string, unknown> = {};
  let comment = '';
  if (details) {
    comment = field(body, 'comment');
    values.comment = [comment];
    if (comment.length > MAX_COMMENT) errors.comment = t.errors.tooLong(MAX_COMMENT);
    for (const q of questionsOf(survey)) {
      const name = fieldName(q);
      const given = q.type === 'multiple_choice' ? fields(body, name).map((s) => s.trim()) : [field(body, name)].filter((s) => s !== '');
      values[name] = given;
      if (given.length === 0) {
        if (q.required) errors[name] = t.errors.answerRequired;
        continue;
      }
      switch (q.type) {
        case 'text':
          if (given[0]!.length > MAX_ANSWER_TEXT) errors[name] = t.errors.tooLong(MAX_ANSWER_TEXT);
          else answers[q.id] = given[0];
          break;
        case 'single_choice':
          if (!q.options?.includes(given[0]!)) errors[name] = t.errors.choice;
          else answers[q.id] = given[0];
          break;
        case 'multiple_choice':
          if (given.length > 50 || given.some((g) => !q.options?.includes(g))) errors[name] = t.errors.choice;
          else answers[q.id] = [...new Set(given)];
          break;
        case 'rating': {
          const v = /^\d{1,3}$/.test(given[0]!) ? Number(given[0]) : NaN;
          if (!(v >= (q.min ?? 1) && v <= (q.max ?? 5))) errors[name] = t.errors.choice;
          else answers[q.id] = v;
          break;
        }
      }
    }
  }
  return { score, comment, answers, values, errors };
}

/**
 * The page script. Personal one-click links: saves the preselected score once a person is really looking at
 * the page (visible for 1.5 s without interruption, or at the first real keyboard/pointer/touch input), never
 * on load; link scanners fetch without running scripts, and those that run them neither show the page for
 * long nor interact. Every page: changing the score swaps in the follow-up question for its tone; the error
 * summary takes focus. Saves are queued so that two never race.
 */
export const PAGE_SCRIPT = `(function(){
var form=document.getElementById('answer');var summary=document.getElementById('error-summary');
if(summary)summary.focus();
if(!form)return;
var label=document.getElementById('follow-up');var status=document.getElementById('status');
var auto=form.getAttribute('data-autosave');var url=form.getAttribute('action');
var armed=auto!==null&&auto!=='';var started=false;var saved=null;var queue=Promise.resolve();var timer=null;
function save(score){if(score===saved)return;saved=score;
queue=queue.then(function(){return fetch(url,{method:'POST',credentials:'same-origin',keepalive:true,headers:{'content-type':'application/x-www-form-urlencoded'},body:'auto=1&score='+encodeURIComponent(score)})})
.then(function(r){if(r&&r.ok&&status){status.textContent=status.getAttribute('data-saved')}else{saved=null}},function(){saved=null});}
function start(){if(!armed||started)return;started=true;clearTimeout(timer);save(auto);}
function arm(){clearTimeout(timer);if(armed&&!started&&document.visibilityState==='visible'&&!document.prerendering)timer=setTimeout(start,1500);}
if(armed){document.addEventListener('visibilitychange',arm);document.addEventListener('prerenderingchange',arm);
['pointerdown','keydown','touchstart'].forEach(function(t){window.addEventListener(t,function(e){if(e.isTrusted)start()},{capture:true,passive:true})});arm();}
var radios=form.querySelectorAll('input[name=score]');
for(var i=0;i<radios.length;i++){radios[i].addEventListener('change',function(e){var r=e.target;
if(label){var text=label.getAttribute('data-'+r.getAttribute('data-tone'));if(text)label.textContent=text;}
if(armed&&started)save(r.value);});}
})();`;
