/**
 * The shell of customer-facing pages (survey page, feedback page): the workspace's branding, one stylesheet,
 * strict security headers, and the helpers both pages use. Everything admin- or user-provided goes through the
 * html`` template, which escapes it. Inline style and script carry a per-response nonce named by the
 * Content-Security-Policy, so nothing else can run on these pages.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { html, type RawHtml, raw } from '../../shared/html.ts';
import type { AppContext } from '../../app-context.ts';
import { parseJson } from '../../shared/json.ts';
import { DEFAULT_SETTINGS } from '../workspaces/settings.ts';
import { type Locale, PAGE_TEXTS } from './i18n.ts';

export interface Brand {
  company: string;
  /** Shown only when it is an https URL. */
  logoUrl: string | null;
  /** Background of buttons and selected choices; `onAccent` is readable on it. */
  accent: string;
  onAccent: string;
  /** The accent darkened until it reads on white (links, focus rings, borders). */
  ink: string;
}

export interface WorkspaceInfo {
  id: string;
  name: string;
  slug: string;
  signingSecret: string;
  /** The workspace's own language setting, null when never set (then the browser's language decides). */
  locale: string | null;
  brand: Brand;
}

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

function darken(hex: string, factor: number): string {
  const parts = [0, 1, 2].map((i) => Math.round(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) * factor));
  return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
}

/** Turns the workspace's branding into safe, readable page colours and an https-only logo. */
export function brandOf(companyName: string | null, workspaceName: string, logoUrl: string | null, color: string | null): Brand {
  const accent = color && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : DEFAULT_SETTINGS.branding.color;
  // Black or white text: one of the two always reaches 4.5:1 on any colour.
  const onAccent = contrast(accent, '#ffffff') >= 4.5 ? '#ffffff' : '#000000';
  let ink = accent;
  for (let f = 0.9; contrast(ink, '#ffffff') < 4.5 && f > 0; f -= 0.1) ink = darken(accent, f);
  let logo: string | null = null;
  if (logoUrl) {
    try {
      const u = new URL(logoUrl);
      if (u.protocol === 'https:' && logoUrl.length <= 2000) logo = u.href;
    } catch {
      /* not a URL: no logo */
    }
  }
  return { company: (companyName ?? '').trim() || workspaceName, logoUrl: logo, accent, onAccent, ink };
}

/** Loads a workspace's page settings (by id or slug) without an access check: these pages are public. */
export async function loadWorkspace(ctx: AppContext, by: { id: string } | { slug: string }): Promise<WorkspaceInfo | null> {
  let q = ctx.database.db.selectFrom('workspace').select(['id', 'name', 'slug', 'settings', 'signing_secret']);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('slug', '=', by.slug);
  const row = await q.executeTakeFirst();
  if (!row?.signing_secret) return null;
  const rawSettings = parseJson<{ locale?: unknown }>(row.settings, {});
  const settings = await ctx.settings.forWorkspace(row.id);
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    signingSecret: row.signing_secret,
    locale: typeof rawSettings.locale === 'string' ? rawSettings.locale : null,
    brand: brandOf(settings.branding.companyName, row.name, settings.branding.logoUrl, settings.branding.color),
  };
}

const NEUTRAL_BRAND = brandOf(null, 'Clearloop', null, null);

export function styles(b: Brand): string {
  return `
:root{--accent:${b.accent};--on-accent:${b.onAccent};--ink:${b.ink};--text:#18181b;--muted:#52525b;--line:#a1a1aa;--bg:#f4f4f5;--error:#b91c1c}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.wrap{max-width:40rem;margin:0 auto;padding:1rem}
header{display:flex;align-items:center;gap:.75rem;padding:.5rem .25rem 1rem;min-height:3rem}
header img{max-height:2.5rem;max-width:12rem;width:auto;height:auto}
header .company{font-weight:600;font-size:1.05rem}
main{background:#fff;border-radius:.75rem;border-top:.3rem solid var(--accent);box-shadow:0 1px 3px rgba(0,0,0,.08),0 4px 16px rgba(0,0,0,.04);padding:1.5rem 1.25rem}
@media (min-width:40rem){.wrap{padding:2.5rem 1rem}main{padding:2rem 2.25rem}}
h1{font-size:1.35rem;line-height:1.3;margin:0 0 1rem}
p{margin:0 0 1rem}
a{color:var(--ink)}
:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
fieldset{border:0;margin:0 0 1.5rem;padding:0;min-width:0}
legend{padding:0;margin-bottom:.75rem;font-weight:600;font-size:1.1rem;line-height:1.35}
legend.big{font-size:1.3rem}
.field{margin:0 0 1.5rem}
.field>label,.label{display:block;font-weight:600;margin-bottom:.35rem}
.hint{display:block;color:var(--muted);font-size:.9rem;font-weight:400;margin:.1rem 0 .5rem}
.opt{font-weight:400;color:var(--muted)}
textarea,input[type=text],input[type=email],input[type=tel]{display:block;width:100%;font:inherit;color:inherit;background:#fff;border:1px solid #71717a;border-radius:.5rem;padding:.65rem .75rem}
textarea{min-height:8rem;resize:vertical}
textarea:focus-visible,input:focus-visible{outline:3px solid var(--ink);outline-offset:1px}
[aria-invalid=true]{border-color:var(--error);border-width:2px}
.scale{display:grid;gap:.3rem}
.scale-nps{grid-template-columns:repeat(11,minmax(0,1fr))}
.scale-csat{grid-template-columns:repeat(5,minmax(0,1fr))}
.scale-ces{grid-template-columns:repeat(7,minmax(0,1fr))}
.rating{display:flex;flex-wrap:wrap;gap:.3rem}
.rating .pick{min-width:2.75rem}
.pick{position:relative}
.pick input{position:absolute;opacity:0;inset:0;width:100%;height:100%;margin:0;cursor:pointer}
.pick span{display:flex;align-items:center;justify-content:center;min-height:2.75rem;border:1px solid #71717a;border-radius:.45rem;background:#fff;font-weight:600;font-variant-numeric:tabular-nums;user-select:none}
.pick input:hover+span{border-color:var(--ink);background:#fafafa}
.pick input:checked+span{background:var(--accent);border-color:var(--accent);color:var(--on-accent)}
.pick input:focus-visible+span{outline:3px solid var(--ink);outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:1rem;color:var(--muted);font-size:.85rem;margin-top:.4rem}
.ends span:last-child{text-align:right}
.choices{display:grid;gap:.5rem}
.choice{display:flex;align-items:flex-start;gap:.6rem;padding:.65rem .75rem;border:1px solid #71717a;border-radius:.5rem;cursor:pointer}
.choice input{width:1.15rem;height:1.15rem;margin:.15rem 0 0;accent-color:var(--ink);flex:none}
.choice:has(input:checked){border-color:var(--ink);box-shadow:inset 0 0 0 1px var(--ink)}
.types{grid-template-columns:repeat(2,minmax(0,1fr))}
button{font:inherit;font-weight:600;min-height:2.9rem;padding:.7rem 1.5rem;border-radius:.5rem;border:0;background:var(--accent);color:var(--on-accent);cursor:pointer;width:100%}
@media (min-width:40rem){button{width:auto;min-width:10rem}}
button:hover{filter:brightness(.95)}
button:focus-visible{outline:3px solid var(--ink);outline-offset:3px}
.errors{border:2px solid var(--error);border-radius:.5rem;padding:.75rem 1rem;margin-bottom:1.5rem}
.errors h2{font-size:1rem;margin:0 0 .25rem;color:var(--error)}
.errors ul{margin:0;padding-left:1.2rem}
.errors a{color:var(--error)}
.error{display:block;color:var(--error);font-weight:600;font-size:.95rem;margin:.2rem 0 .45rem}
.note{color:var(--muted)}
.status{min-height:1.5rem;color:#166534;font-weight:600;margin:0 0 1rem}
.contact{display:grid;gap:0 1rem}
@media (min-width:40rem){.contact{grid-template-columns:1fr 1fr}.contact .wide{grid-column:1/-1}}
.cta{display:inline-block;margin-top:.5rem;padding:.7rem 1.25rem;border-radius:.5rem;background:var(--accent);color:var(--on-accent);font-weight:600;text-decoration:none}
.icon{display:flex;align-items:center;justify-content:center;width:3rem;height:3rem;border-radius:50%;background:var(--accent);color:var(--on-accent);font-size:1.5rem;font-weight:700;margin:0 0 1rem}
.lead{font-size:1.05rem}
#score-hint{margin:.6rem 0 0}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem}
@media (prefers-reduced-motion:no-preference){.pick span,.choice{transition:background-color .12s,border-color .12s}}
`;
}

export interface PageOptions {
  locale: Locale;
  title: string;
  brand?: Brand | undefined;
  body: RawHtml;
  status?: number | undefined;
  /** Inline script (trusted, written by us); runs under the page's nonce. */
  script?: string | undefined;
}

/** Sends a complete page with the security headers of customer-facing pages. */
export function sendPage(reply: FastifyReply, o: PageOptions): FastifyReply {
  const nonce = randomBytes(16).toString('base64');
  const brand = o.brand ?? NEUTRAL_BRAND;
  const doc = html`<!doctype html>
<html lang="${o.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<title>${o.title} – ${brand.company}</title>
<style nonce="${nonce}">${raw(styles(brand))}</style></head>
<body><div class="wrap">
<header>${brand.logoUrl ? html`<img src="${brand.logoUrl}" alt="${brand.company}">` : html`<span class="company">${brand.company}</span>`}</header>
<main id="main">${o.body}</main>
</div>${o.script ? html`<script nonce="${nonce}">${raw(o.script)}</script>` : ''}</body></html>`;
  return reply
    .code(o.status ?? 200)
    .header(
      'content-security-policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src https:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
    )
    .header('x-frame-options', 'DENY')
    .header('x-content-type-options', 'nosniff')
    // Personal links carry a token in the path: never leak it to the logo's host or the thank-you link.
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(doc.html);
}

export type MessageKind = 'closed' | 'notOpen' | 'withdrawn' | 'expired' | 'invalid' | 'notFound' | 'tooMany' | 'tooLarge' | 'error';

// notOpen: 403, not 410 ("gone for good"): a draft's links work once it is activated.
const STATUS_OF: Record<MessageKind, number> = { closed: 410, notOpen: 403, withdrawn: 410, expired: 410, invalid: 404, notFound: 404, tooMany: 429, tooLarge: 413, error: 400 };

/** A page with a heading and one paragraph: closed survey, expired or broken link, unknown page, limits. */
export function sendMessage(reply: FastifyReply, locale: Locale, kind: MessageKind, brand?: Brand, status?: number): FastifyReply {
  const t = PAGE_TEXTS[locale];
  const [title, body]: [string, string] = (
    {
    closed: [t.closedTitle, t.closedBody],
    notOpen: [t.notOpenTitle, t.notOpenBody],
    withdrawn: [t.withdrawnTitle, t.withdrawnBody],
    expired: [t.expiredTitle, t.expiredBody],
    invalid: [t.invalidTitle, t.invalidBody],
    notFound: [t.notFoundTitle, t.notFoundBody],
    tooMany: [t.tooManyTitle, t.tooManyBody],
    tooLarge: [t.tooLargeTitle, t.tooLargeBody],
    error: [t.errorTitle, t.errorBody],
    } satisfies Record<MessageKind, [string, string]>
  )[kind];
  return sendPage(reply, { locale, title, brand, status: status ?? STATUS_OF[kind], body: html`<h1>${title}</h1><p>${body}</p>` });
}

/** An error summary at the top of a form, linking to each field (GOV.UK pattern); focused by the page script. */
export function errorSummary(locale: Locale, errors: Record<string, string>, fieldIds: Record<string, string>, labels: Record<string, string> = {}): RawHtml | string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '';
  return html`<div class="errors" role="alert" tabindex="-1" id="error-summary"><h2>${PAGE_TEXTS[locale].errorSummary}</h2><ul>${entries.map(
    ([field, message]) => html`<li><a href="#${fieldIds[field] ?? field}">${labels[field] ? html`${labels[field]} – ` : ''}${message}</a></li>`,
  )}</ul></div>`;
}

/** A posted form field as one trimmed string, capped far above any limit (lengths are checked by the caller). */
export function field(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.replace(/\r\n/g, '\n').trim() : '';
}

/** A posted field that may repeat (checkboxes). */
export function fields(body: Record<string, unknown>, name: string): string[] {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((s): s is string => typeof s === 'string');
}
