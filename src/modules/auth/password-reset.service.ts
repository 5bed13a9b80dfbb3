/**
 * Recovering a lost password.
 *
 * By email (when the server can send email, SMTP_URL): asking for a reset with an address answers the same whether
 * or not an account has it (no account enumeration); for an account, a link `${publicUrl}/reset-password?token=…`
 * is emailed in the background, after the answer, so that the answer takes as long either way. The token is 32
 * random bytes; the database keeps only its SHA-256 (`password_reset`), so a leaked database holds no working link.
 * A link works once, for an hour. Asking again does not cancel the links already sent (mail may arrive late or out
 * of order, and the person clicks whichever comes first); setting a password — by a link, a password change or the
 * CLI — ends every link of the user still outstanding. At most 5 links per user per hour are sent, whoever asks,
 * so a mailbox cannot be flooded from many addresses (a soft limit: several processes may send a few more).
 *
 * By the server's operator: `clearloop user password` (setPassword). There is deliberately no way for a workspace
 * admin to set someone's password: users are global across workspaces, so that would let an admin of one workspace
 * take over an owner of another.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/env.ts';
import type { DB } from '../../db/tables.ts';
import { AppError, type FieldProblem, invalid } from '../../shared/errors.ts';
import { emailPage, html } from '../../shared/html.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import type { Mailer, OutgoingEmail } from '../distribution/mailer.ts';
import { hashPassword, passwordProblem } from './password.ts';

/** How long a link works. */
export const RESET_LINK_MS = 60 * 60_000;
/** At most this many links per user per hour. */
const MAX_LINKS_PER_HOUR = 5;
/** Links expired for longer than this are deleted when a new one is made. */
const KEEP_EXPIRED_MS = 24 * 60 * 60_000;

export const NO_MAIL_MESSAGE =
  'Password reset by email is not available: this server cannot send email (SMTP_URL is not set). Ask the server’s operator to set SMTP_URL, or to set a new password with `clearloop user password --email <your email>`.';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export class PasswordResetService {
  /** Emails being sent now (in the background). */
  private readonly pending = new Set<Promise<void>>();
  /** The latest of each user's emails being sent. */
  private readonly byUser = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly config: Pick<Config, 'publicUrl'>,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Asks for a reset link for `email`. Resolves the same way whether or not an account has the address; the email
   * goes out afterwards (`onError` hears of a failure to send). Throws 503 when this server cannot send email.
   */
  async request(email: string, onError: (err: unknown) => void): Promise<void> {
    if (!this.mailer.configured) throw new AppError('unavailable', NO_MAIL_MESSAGE);
    const user = await this.db.selectFrom('app_user').select(['id', 'email', 'name']).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!user) return;
    // one user's links are made one after another, so that the hourly limit holds when many ask at once (in this
    // process; several processes may together send a few more)
    const previous = this.byUser.get(user.id) ?? Promise.resolve();
    const sending: Promise<void> = previous
      .then(() => this.deliver(user))
      .catch(onError)
      .finally(() => {
        this.pending.delete(sending);
        if (this.byUser.get(user.id) === sending) this.byUser.delete(user.id);
      });
    this.pending.add(sending);
    this.byUser.set(user.id, sending);
  }

  /** Resolves when the emails asked for so far have been sent (or failed): for tests and shutting down. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async deliver(user: { id: string; email: string; name: string }): Promise<void> {
    const now = Date.now();
    await this.db
      .deleteFrom('password_reset')
      .where('expires_at', '<', new Date(now - KEEP_EXPIRED_MS).toISOString())
      .execute();
    const recent = await this.db
      .selectFrom('password_reset')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', user.id)
      .where('created_at', '>', new Date(now - 60 * 60_000).toISOString())
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= MAX_LINKS_PER_HOUR) return;
    const { id, token } = await this.issue(user.id);
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    try {
      await this.mailer.send(renderResetEmail({ to: user.email, name: user.name, link }));
    } catch (err) {
      // not sent: the link reached nobody, so it need not exist (nor count toward the hourly limit)
      await this.db.deleteFrom('password_reset').where('id', '=', id).execute();
      throw err;
    }
  }

  /** Makes a new link's token for a user (stores only its hash); valid for an hour. */
  async issue(userId: string): Promise<{ id: string; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const id = newId();
    await this.db
      .insertInto('password_reset')
      .values({ id, user_id: userId, token_hash: sha256(token), expires_at: new Date(now.getTime() + RESET_LINK_MS).toISOString(), used_at: null, created_at: now.toISOString() })
      .execute();
    return { id, token };
  }

  /**
   * Sets a new password with a link's token: checks both (a problem with each is named, `token` and `newPassword`),
   * then in one transaction sets the password, uses up the token (and every other outstanding link of the user) and
   * ends all the user's sessions.
   */
  async confirm(token: string, newPassword: string): Promise<void> {
    const problems: FieldProblem[] = [];
    const weak = passwordProblem(newPassword);
    if (weak) problems.push({ field: 'newPassword', message: weak });
    const hash = sha256(token);
    const row = await this.db.selectFrom('password_reset').select(['used_at', 'expires_at']).where('token_hash', '=', hash).executeTakeFirst();
    const bad = tokenProblem(row);
    if (bad) problems.unshift({ field: 'token', message: bad });
    if (problems.length > 0) throw new AppError('validation_error', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

    // scrypt takes a while: hash before the transaction, not while holding the database's write lock
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction().execute(async (trx) => {
      const now = nowIso();
      const link = await trx.selectFrom('password_reset').select(['id', 'user_id', 'used_at', 'expires_at']).where('token_hash', '=', hash).executeTakeFirst();
      const late = tokenProblem(link, now);
      if (late || !link) throw invalid('token', late ?? 'this is not a valid password reset link; ask for a new one');
      // the conditional update makes two uses of one link at the same time succeed once
      const used = await trx.updateTable('password_reset').set({ used_at: now }).where('id', '=', link.id).where('used_at', 'is', null).executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) throw invalid('token', 'this link no longer works (it was used, or the password was changed since); ask for a new one');
      await this.setHash(trx, link.user_id, passwordHash, now);
    });
  }

  /**
   * The server operator's way (`clearloop user password`): sets the password of the user with this email, ends
   * their sessions and outstanding reset links. Returns how many sessions were ended.
   */
  async setPassword(email: string, password: string): Promise<{ email: string; sessionsEnded: number }> {
    const user = await this.db.selectFrom('app_user').select(['id', 'email']).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!user) throw new AppError('not_found', `no user with the email ${email.trim()}`, [{ field: 'email', message: 'no such user' }]);
    const weak = passwordProblem(password);
    if (weak) throw invalid('password', weak);
    const passwordHash = await hashPassword(password);
    const sessionsEnded = await this.db.transaction().execute((trx) => this.setHash(trx, user.id, passwordHash, nowIso()));
    return { email: user.email, sessionsEnded };
  }

  /** Ends the user's outstanding reset links (after their password changed some other way). */
  async endLinks(userId: string, db: Kysely<DB> = this.db, now = nowIso()): Promise<void> {
    await db.updateTable('password_reset').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
  }

  /** Stores a new password hash, ends every session and outstanding reset link of the user; returns the sessions ended. */
  private async setHash(trx: Kysely<DB>, userId: string, passwordHash: string, now: string): Promise<number> {
    await trx.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
    const ended = await trx.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
    await this.endLinks(userId, trx, now);
    return Number(ended.numDeletedRows);
  }
}

/** Why a link's row cannot be used (null: it can). */
function tokenProblem(row: { used_at: string | null; expires_at: string } | undefined, now = nowIso()): string | null {
  if (!row) return 'this is not a valid password reset link; ask for a new one';
  if (row.used_at !== null) return 'this link no longer works (it was used, or the password was changed since); ask for a new one';
  if (row.expires_at <= now) return 'this link has expired (a link works for an hour); ask for a new one';
  return null;
}

/** The email with the link: plain text and simple HTML. */
export function renderResetEmail(m: { to: string; name: string; link: string }): OutgoingEmail {
  const subject = 'Reset your Clearloop password';
  const text = [
    `Hello ${m.name},`,
    '',
    `Someone asked to reset the password of the Clearloop account ${m.to}. To choose a new password, open this link:`,
    '',
    m.link,
    '',
    'The link works once, and expires in an hour.',
    'If you did not ask for this, you can ignore this email: your password stays as it is.',
    '',
  ].join('\n');
  const body = emailPage(subject, html`<p>Hello ${m.name},</p>
<p>Someone asked to reset the password of the Clearloop account ${m.to}. To choose a new password, open this link:</p>
<p><a href="${m.link}">Choose a new password</a></p>
<p>The link works once, and expires in an hour.</p>
<p style="color:#52525b">If you did not ask for this, you can ignore this email: your password stays as it is.</p>`);
  return { to: m.to, subject, text, html: body.html };
}
