/**
 * API keys: `cl_<prefix>_<secret>`, stored as a SHA-256 hash (the secret has 192 bits of entropy, so a slow hash
 * adds nothing). Authentication is cached for a few seconds because the ingest path sees thousands of requests a
 * second; revocation clears this process's cache at once and other processes within CACHE_MS.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApiKeyRow, ApiKeyScope, DB } from '../../db/tables.ts';
import { notFound } from '../../shared/errors.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import type { Auth } from './policy.ts';
import { requireAccess } from './policy.ts';

const CACHE_MS = 10_000;
const TOUCH_EVERY_MS = 60_000;

export interface ApiKeyView {
  id: string;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function presentApiKey(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export class ApiKeyService {
  private cache = new Map<string, { row: ApiKeyRow | null; until: number }>();
  private touched = new Map<string, number>();

  constructor(private readonly db: Kysely<DB>) {}

  /** Creates a key for a workspace; the plaintext is returned once and never stored. */
  async createForWorkspace(workspaceId: string, name: string, scope: ApiKeyScope): Promise<{ apiKey: ApiKeyView; key: string }> {
    const prefix = randomBytes(4).toString('hex');
    const key = `cl_${prefix}_${randomBytes(24).toString('base64url')}`;
    const row: ApiKeyRow = {
      id: newId(),
      workspace_id: workspaceId,
      name,
      scope,
      prefix,
      key_hash: hashKey(key),
      created_at: nowIso(),
      last_used_at: null,
      revoked_at: null,
    };
    await this.db.insertInto('api_key').values(row).execute();
    return { apiKey: presentApiKey(row), key };
  }

  async create(auth: Auth, name: string, scope: ApiKeyScope) {
    requireAccess(auth, 'manage_keys');
    return this.createForWorkspace(auth.workspaceId, name, scope);
  }

  async list(auth: Auth): Promise<ApiKeyView[]> {
    requireAccess(auth, 'manage_keys');
    const rows = await this.db.selectFrom('api_key').selectAll().where('workspace_id', '=', auth.workspaceId).orderBy('created_at', 'desc').execute();
    return rows.map(presentApiKey);
  }

  async revoke(auth: Auth, id: string): Promise<void> {
    requireAccess(auth, 'manage_keys');
    const res = await this.db
      .updateTable('api_key')
      .set({ revoked_at: nowIso() })
      .where('id', '=', id)
      .where('workspace_id', '=', auth.workspaceId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw notFound('API key');
    this.cache.clear();
  }

  /**
   * The Auth of a token seen in the last CACHE_MS, without hashing or a query: null when it is unknown or revoked,
   * undefined when it is not cached (then authenticate()). The cache is keyed by the token itself, which lives
   * only in this process's memory, as it does in every request that carries it.
   */
  cachedAuth(token: string): Auth | null | undefined {
    const now = Date.now();
    const cached = this.cache.get(token);
    if (!cached || cached.until < now) return undefined;
    return this.authOf(cached.row, now);
  }

  /** Resolves a bearer token to its Auth, or null when unknown or revoked. */
  async authenticate(token: string): Promise<Auth | null> {
    if (!token.startsWith('cl_') || token.length > 200) return null;
    const hit = this.cachedAuth(token);
    if (hit !== undefined) return hit;
    const now = Date.now();
    const row = (await this.db.selectFrom('api_key').selectAll().where('key_hash', '=', hashKey(token)).executeTakeFirst()) ?? null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { row, until: now + CACHE_MS });
    return this.authOf(row, now);
  }

  private authOf(row: ApiKeyRow | null, now: number): Auth | null {
    if (!row || row.revoked_at) return null;
    this.touch(row.id, now);
    return { workspaceId: row.workspace_id, via: 'api_key', role: null, scope: row.scope, userId: null, apiKeyId: row.id };
  }

  /** Records last-used time at most once a minute per key, off the request's critical path. */
  private touch(id: string, now: number): void {
    const last = this.touched.get(id) ?? 0;
    if (now - last < TOUCH_EVERY_MS) return;
    this.touched.set(id, now);
    this.db
      .updateTable('api_key')
      .set({ last_used_at: new Date(now).toISOString() })
      .where('id', '=', id)
      .execute()
      .catch(() => this.touched.delete(id));
  }
}
