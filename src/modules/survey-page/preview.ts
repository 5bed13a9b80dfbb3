/**
 * The survey page as the editor's live preview shows it: the same markup and styles as the real page, with the
 * editor's unsaved changes applied, and no script (the preview runs in a sandboxed frame).
 */
import type { AppContext } from '../../app-context.ts';
import type { SurveyRow } from '../../db/tables.ts';
import { html, raw } from '../../shared/html.ts';
import { type PreviewDraft, setPagePreviewRenderer } from '../distribution/preview.routes.ts';
import type { Locale } from '../distribution/email-i18n.ts';
import { loadWorkspace, styles } from './layout.ts';
import { renderForm, renderThanks } from './survey-form.ts';

export async function renderPagePreview(ctx: AppContext, input: { workspaceId: string; surveyId: string; draft: PreviewDraft; locale: Locale; score: number | null; thanks?: boolean }): Promise<string> {
  const ws = await loadWorkspace(ctx, { id: input.workspaceId });
  const saved = await ctx.surveys.getRow(input.workspaceId, input.surveyId);
  const d = input.draft;
  const survey: SurveyRow = {
    ...saved,
    kind: d.kind ?? saved.kind,
    question: d.question?.trim() || saved.question,
    follow_up: d.followUp ? JSON.stringify({ ...JSON.parse(saved.follow_up), ...d.followUp }) : saved.follow_up,
    questions: d.questions ? JSON.stringify(d.questions) : saved.questions,
    thank_you: d.thankYou ? JSON.stringify(d.thankYou) : saved.thank_you,
  };
  const body = input.thanks
    ? renderThanks(input.locale, survey, input.score)
    : renderForm({ locale: input.locale, survey, action: '#', step: input.score === null ? 'score' : 'details', score: input.score });
  const brand = ws!.brand;
  return html`<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${survey.name}</title>
<style>${raw(styles(brand))}</style></head><body><div class="wrap"><header>${brand.logoUrl ? html`<img src="${brand.logoUrl}" alt="${brand.company}">` : html`<span class="company">${brand.company}</span>`}</header>
<main id="main">${body}</main></div></body></html>`.html;
}

setPagePreviewRenderer(renderPagePreview);
