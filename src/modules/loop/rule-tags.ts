/**
 * An alert rule's `addTags` follows the rules of a response's tags (responses/response-tags.ts): a rule is saved
 * only with tags a manager could type (trimmed, 1–40 characters, no control characters; repeats in any case count
 * once), and firing it adds them the way a manager's "add tags" does — a tag the response has already, in any
 * case, stays as it is — up to the cap of 20 tags per response.
 */
import { cleanTags, hasControl, MAX_TAGS, tagKey } from '../responses/response-tags.ts';

/** The tags of a rule being saved, trimmed and without repeats; a 400 naming each bad one (`actions/addTags/i`). */
export function ruleTags(input: readonly string[]): string[] {
  return cleanTags(input, 'actions/addTags');
}

/**
 * The tags a response ends up with when a rule adds `add` to `current`. Never fails — a rule acts on a response
 * nobody is watching, and its other actions (the case, the alerts) must still happen:
 * - tags are added in the rule's order while the response has fewer than MAX_TAGS; the rest are left out;
 * - a rule saved before its tags were checked may hold one longer than 40 characters: it is still added as written
 *   (trimmed), so that the responses it tags now and those it tagged before share one tag, found by one filter;
 * - a blank tag, or one with control characters (which such a rule could hold too), is left out: it would look like
 *   another tag or break the CSV export.
 */
export function withRuleTags(current: readonly string[], add: readonly string[]): string[] {
  const tags = [...current];
  const have = new Set(current.map(tagKey));
  for (const raw of add) {
    if (tags.length >= MAX_TAGS) break;
    const tag = raw.trim();
    if (tag === '' || hasControl(tag) || have.has(tagKey(tag))) continue;
    have.add(tagKey(tag));
    tags.push(tag);
  }
  return tags;
}
