/**
 * Resolves team, location and employee names given with a response to ids, creating records that are new.
 * Ids are cached per process once committed: the ingest path sees the same few names thousands of times.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/tables.ts';
import { newId } from '../../shared/ids.ts';

type Kind = 'team' | 'location' | 'employee';

export class AttributionResolver {
  private cache = new Map<string, string>();

  /** Forgets cached ids, e.g. after a record is renamed or deleted. */
  clear(): void {
    this.cache.clear();
  }

  /** The id of a name already known in this process, or undefined (then resolve() looks it up or creates it). */
  cached(workspaceId: string, kind: Kind, name: string): string | undefined {
    return this.cache.get(`${workspaceId}\u0000${kind}\u0000${name}`);
  }

  async resolve(
    trx: Transaction<DB>,
    workspaceId: string,
    kind: Kind,
    name: string,
    now: string,
    afterCommit: (fn: () => void) => void,
    extra: { team_id?: string | null; location_id?: string | null } = {},
  ): Promise<string> {
    const key = `${workspaceId}\u0000${kind}\u0000${name}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let row = await trx.selectFrom(kind).select('id').where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirst();
    if (!row) {
      const values = { id: newId(), workspace_id: workspaceId, name, created_at: now, updated_at: now, ...(kind === 'employee' ? extra : {}) };
      // ON CONFLICT DO NOTHING: another process may create the same name at the same moment.
      await trx.insertInto(kind).values(values).onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing()).execute();
      row = await trx.selectFrom(kind).select('id').where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirstOrThrow();
    }
    const id = row.id;
    afterCommit(() => {
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(key, id);
    });
    return id;
  }
}
