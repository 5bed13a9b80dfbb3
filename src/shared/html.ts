/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Tagged template that escapes every interpolated value unless it is wrapped in `raw()`. */
export class RawHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function raw(html: string): RawHtml {
  return new RawHtml(html);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    const part = Array.isArray(v) ? v.map((x) => (x instanceof RawHtml ? x.html : escapeHtml(x))).join('') : v instanceof RawHtml ? v.html : escapeHtml(v);
    out += part + (strings[i + 1] ?? '');
  });
  return new RawHtml(out);
}

/**
 * The page every notification email's HTML part is (feedback, digest, password reset): a titled document whose body
 * is one readable column in the mail client's default font. `body` is the content, already built with `html`.
 */
export function emailPage(title: string, body: RawHtml): RawHtml {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font-family:Arial,sans-serif;color:#18181b;max-width:640px;margin:0 auto;padding:16px">
${body}
</body></html>`;
}
