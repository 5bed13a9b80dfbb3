/**
 * Clearloop website widget: one dependency-free script that asks a visitor the survey question (0–10 for NPS),
 * then the follow-up question for the tone of their score, then thanks. Rendered in a shadow root so the page's
 * CSS and the widget's never meet. Never throws into the host page, never blocks it, and when the Clearloop
 * server cannot be reached it stays hidden and logs at most one console.debug line.
 *
 *   Clearloop.init({ server, workspace, survey, user: { id, email?, name?, hash }, trigger: { pageViews?, delaySeconds? } })
 *   Clearloop.show()   // ask now (the server still applies the fatigue rules)
 *   Clearloop.close()
 */
import { CSS } from './styles.ts';

interface User {
  id: string;
  hash: string;
  email?: string;
  name?: string;
}

export interface InitOptions {
  /** Base URL of the Clearloop server; defaults to the origin the script was loaded from. */
  server?: string;
  workspace: string;
  survey: string;
  user?: User;
  /** Show after the Nth page view (counted in localStorage) and/or this many seconds after load; manual: only Clearloop.show(). */
  trigger?: { pageViews?: number; delaySeconds?: number; manual?: boolean };
}

type Kind = 'nps' | 'csat' | 'ces';
interface SurveyInfo {
  id: string;
  kind: Kind;
  question: string;
  followUp: { default: string; positive?: string; neutral?: string; negative?: string };
  scale: { min: number; max: number };
  thankYou: string;
  color: string;
  companyName: string | null;
}
interface Eligibility {
  show: boolean;
  reason?: string;
  token?: string;
  survey?: SurveyInfo;
}

interface Api {
  init(o: InitOptions): void;
  show(): Promise<boolean>;
  close(): void;
  version: string;
}
type Stub = { q?: [string, unknown][] };
type Win = Window & { Clearloop?: Api | Stub };

const VERSION = '1';
const ENDS: Record<Kind, [string, string]> = {
  nps: ['Not at all likely', 'Extremely likely'],
  csat: ['Very dissatisfied', 'Very satisfied'],
  ces: ['Strongly disagree', 'Strongly agree'],
};
const DAY = 86_400_000;

const w = window as Win;
// document.currentScript is only set while the script first runs.
const script = document.currentScript as HTMLScriptElement | null;
let opts: InitOptions | null = null;
let host: HTMLElement | null = null;
let busy = false;
let lastFocus: Element | null = null;

function debug(...args: unknown[]): void {
  try {
    console.debug('[clearloop]', ...args);
  } catch {
    /* no console */
  }
}

/** Runs f, swallowing anything it throws: the host page must never see an error from us. */
function safe<A extends unknown[]>(f: (...a: A) => void): (...a: A) => void {
  return (...a: A) => {
    try {
      f(...a);
    } catch (e) {
      debug(e);
    }
  };
}

function store(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed frame)
  }
}
function get(kind: 'local' | 'session', key: string): string | null {
  try {
    return store(kind)?.getItem(`clearloop:${key}`) ?? null;
  } catch {
    return null;
  }
}
function set(kind: 'local' | 'session', key: string, value: string): void {
  try {
    store(kind)?.setItem(`clearloop:${key}`, value);
  } catch {
    /* full or blocked */
  }
}

function serverUrl(o: InitOptions): string {
  let base = o.server;
  if (!base && script?.src) base = new URL(script.src, location.href).origin;
  return (base ?? location.origin).replace(/\/+$/, '');
}

async function post<T>(path: string, body: unknown): Promise<T | null> {
  if (!opts || typeof fetch !== 'function') return null;
  const ctl = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = setTimeout(() => ctl?.abort(), 8000);
  try {
    // text/plain keeps this a "simple" cross-origin request: no preflight round trip.
    const res = await fetch(serverUrl(opts) + path, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(body),
      signal: ctl?.signal ?? null,
    });
    if (!res.ok) {
      debug(path, res.status);
      return null;
    }
    return (await res.json()) as T;
  } catch (e) {
    debug('server not reachable', e instanceof Error ? e.message : e);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function tone(kind: Kind, s: number): 'positive' | 'neutral' | 'negative' {
  const [pos, neu] = kind === 'nps' ? [9, 7] : kind === 'csat' ? [4, 3] : [5, 4];
  return s >= pos ? 'positive' : s >= neu ? 'neutral' : 'negative';
}

/** Black or white text, whichever reads better on the accent colour. */
function onColor(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return '#fff';
  const n = parseInt(m[1]!, 16);
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l > 0.4 ? '#0f172a' : '#fff';
}

type Attrs = Record<string, string | ((e: Event) => void)>;
function h(tag: string, attrs: Attrs = {}, ...kids: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k, safe(v));
    else el.setAttribute(k, v);
  }
  for (const kid of kids) el.append(kid);
  return el;
}

function close(): void {
  if (!host) return;
  const had = host.shadowRoot?.activeElement;
  host.remove();
  host = null;
  if (had && lastFocus instanceof HTMLElement && document.contains(lastFocus)) lastFocus.focus();
}

function render(survey: SurveyInfo, firstToken: string): void {
  close();
  lastFocus = null;
  let token = firstToken;
  let score: number | null = null;
  let scoreSent: Promise<void> = Promise.resolve();
  const page = location.href.slice(0, 500);

  host = document.createElement('clearloop-widget');
  const root = host.attachShadow({ mode: 'open' });
  const color = /^#[0-9a-f]{6}$/i.test(survey.color) ? survey.color : '#2563eb';
  const style = h('style');
  style.textContent = CSS;
  const body = h('div', { class: 'in' });
  const card = h(
    'div',
    {
      class: 'cl',
      role: 'dialog',
      'aria-labelledby': 'cl-q',
      keydown: (e) => {
        if ((e as KeyboardEvent).key === 'Escape') dismiss();
      },
      focusin: (e) => {
        const from = (e as FocusEvent).relatedTarget;
        if (!lastFocus && from instanceof Element && !host?.contains(from)) lastFocus = from;
      },
    },
    h('span', { class: 'bar', 'aria-hidden': 'true' }),
    body,
  );
  card.style.setProperty('--cl-accent', color);
  card.style.setProperty('--cl-tint', `${color}1a`);
  card.style.setProperty('--cl-on', onColor(color));
  const live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  root.append(style, card, live);

  // Closed without an answer is remembered, so automatic triggers leave the visitor alone for a week.
  const dismiss = () => {
    if (score === null) set('local', `closed:${survey.id}`, String(Date.now()));
    close();
  };
  const closeBtn = () => h('button', { type: 'button', class: 'x', 'aria-label': 'Close survey', click: dismiss }, '×');
  const heading = (text: string) =>
    h('div', { class: 'top' }, h('div', { class: 'q', id: 'cl-q', tabindex: '-1' }, ...(survey.companyName ? [h('span', { class: 'brand' }, survey.companyName)] : []), text), closeBtn());

  const sendScore = (s: number) => {
    scoreSent = post<{ token: string }>('/api/widget/responses', { token, score: s, page }).then((r) => {
      if (r) token = r.token;
    });
  };

  const thanks = () => {
    body.replaceChildren(
      h('div', { class: 'top' }, h('div', { class: 'done' }, h('span', { class: 'ok', 'aria-hidden': 'true' }, '✓'), h('p', { class: 'q', id: 'cl-q', tabindex: '-1' }, survey.thankYou)), closeBtn()),
    );
    live.textContent = survey.thankYou;
    set('local', `done:${survey.id}`, String(Date.now()));
    (root.getElementById('cl-q') as HTMLElement | null)?.focus();
    setTimeout(safe(() => host?.shadowRoot === root && close()), 8000);
  };

  const followUp = () => {
    const s = score!;
    const q = survey.followUp[tone(survey.kind, s)] || survey.followUp.default;
    const area = h('textarea', { id: 'cl-c', rows: '3', maxlength: '5000' }) as HTMLTextAreaElement;
    const submit = async () => {
      const comment = area.value.trim();
      if (comment) {
        await scoreSent;
        await post('/api/widget/responses', { token, score: s, comment, page });
      }
      thanks();
    };
    body.replaceChildren(
      h('div', { class: 'top' }, h('span', { class: 'chip' }, `Your score: ${s}`), closeBtn()),
      h('label', { class: 'lbl', for: 'cl-c', id: 'cl-q' }, q),
      area,
      h(
        'div',
        { class: 'acts' },
        h('button', { type: 'button', class: 'btn sec', click: thanks }, 'Skip'),
        h('button', { type: 'button', class: 'btn pri', click: () => void submit() }, 'Send feedback'),
      ),
    );
    area.focus();
  };

  const { min, max } = survey.scale;
  const ends = ENDS[survey.kind] ?? ENDS.nps;
  const buttons: HTMLElement[] = [];
  for (let s = min; s <= max; s++) {
    const b = h(
      'button',
      {
        type: 'button',
        class: 's',
        'aria-pressed': 'false',
        click: () => {
          score = s;
          b.setAttribute('aria-pressed', 'true');
          sendScore(s);
          followUp();
        },
        keydown: (e) => {
          const k = (e as KeyboardEvent).key;
          const i = s - min;
          const to = k === 'ArrowRight' || k === 'ArrowDown' ? i + 1 : k === 'ArrowLeft' || k === 'ArrowUp' ? i - 1 : k === 'Home' ? 0 : k === 'End' ? buttons.length - 1 : -2;
          if (to === -2) return;
          e.preventDefault();
          buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
        },
      },
      String(s),
    );
    buttons.push(b);
  }
  const scale = h('div', { class: 'scale', role: 'group', 'aria-labelledby': 'cl-q', 'aria-describedby': 'cl-ends' }, ...buttons);
  scale.style.setProperty('--cl-n', String(max - min + 1));
  body.replaceChildren(
    heading(survey.question),
    scale,
    h('div', { class: 'ends', id: 'cl-ends' }, h('span', {}, `${min} = ${ends[0]}`), h('span', {}, `${max} = ${ends[1]}`)),
  );
  // Keys typed in the widget are not the page's shortcuts.
  host.addEventListener('keydown', (e) => e.stopPropagation());
  (document.body ?? document.documentElement).append(host);
}

async function show(): Promise<boolean> {
  try {
    const o = opts;
    if (!o || busy || host) return !!host;
    busy = true;
    let tz: string | undefined;
    try {
      tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      tz = undefined;
    }
    const u = o.user;
    const res = await post<Eligibility>('/api/widget/eligibility', {
      workspace: o.workspace,
      survey: o.survey,
      ...(u && u.id && u.hash ? { user: { id: String(u.id), hash: u.hash, ...(u.email ? { email: u.email } : {}), ...(u.name ? { name: u.name } : {}) } } : {}),
      ...(tz ? { timeZone: tz } : {}),
    });
    busy = false;
    if (!res || !res.show || !res.token || !res.survey) {
      if (res) {
        debug('not shown:', res.reason);
        set('session', `no:${o.survey}`, res.reason ?? '1');
      }
      return false;
    }
    render(res.survey, res.token);
    return true;
  } catch (e) {
    busy = false;
    debug(e);
    return false;
  }
}

function recently(key: string, days: number): boolean {
  const t = Number(get('local', key));
  return t > 0 && Date.now() - t < days * DAY;
}

function init(o: InitOptions): void {
  if (!o || typeof o.workspace !== 'string' || typeof o.survey !== 'string') {
    debug('init needs { workspace, survey }');
    return;
  }
  opts = o;
  const t = o.trigger ?? {};
  const pvKey = `pv:${o.workspace}`;
  const views = (Number(get('local', pvKey)) || 0) + 1;
  set('local', pvKey, String(views));
  if (t.manual) return;
  // Automatic triggers respect what this browser already did: answered (90 days), closed, or told "not now".
  if (recently(`done:${o.survey}`, 90) || recently(`closed:${o.survey}`, 7) || get('session', `no:${o.survey}`)) return;
  if (views < Math.max(1, Number(t.pageViews) || 1)) return;
  setTimeout(
    safe(() => void show()),
    Math.max(0, Number(t.delaySeconds) || 0) * 1000,
  );
}

function fromScriptTag(): InitOptions | null {
  const d = script?.dataset;
  if (!d?.workspace || !d.survey) return null;
  const o: InitOptions = { workspace: d.workspace, survey: d.survey, trigger: {} };
  if (d.server) o.server = d.server;
  if (d.userId && d.userHash) o.user = { id: d.userId, hash: d.userHash, ...(d.userEmail ? { email: d.userEmail } : {}), ...(d.userName ? { name: d.userName } : {}) };
  if (d.pageViews) o.trigger!.pageViews = Number(d.pageViews);
  if (d.delaySeconds) o.trigger!.delaySeconds = Number(d.delaySeconds);
  if (d.manual !== undefined) o.trigger!.manual = true;
  return o;
}

safe(() => {
  const queued = (w.Clearloop as Stub | undefined)?.q;
  const api: Api = {
    init: safe(init),
    show: () => show(),
    close: safe(close),
    version: VERSION,
  };
  w.Clearloop = api;
  const tag = fromScriptTag();
  if (tag) api.init(tag);
  if (Array.isArray(queued)) {
    for (const [name, arg] of queued) {
      if (name === 'init') api.init(arg as InitOptions);
      else if (name === 'show') void api.show();
    }
  }
})();
