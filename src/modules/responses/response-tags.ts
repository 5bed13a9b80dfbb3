/**
 * Tags on a response: short labels a manager (or an alert rule) puts on it, e.g. "refund" or "churn risk". Pure
 * rules, no I/O: what a valid tag is, and how a response's list changes when tags are set, added or removed.
 *
 * A tag is trimmed and 1–MAX_TAG_LENGTH characters; a response has at most MAX_TAGS. Tags are one and the same
 * regardless of case ("VIP" is "vip"): a list keeps the first spelling it met, and filtering (`?tag=`) and
 * removing ignore case too.
 */
import { AppError, type FieldProblem } from '../../shared/errors.ts';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

// Control characters (tabs, line breaks, NUL…) would make a tag that looks like another, or break a CSV export.
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** The key two tags share when they are the same tag (case ignored). */
export function tagKey(tag: string): string {
  return tag.trim().toLowerCase();
}

function check(raw: string, field: string, problems: FieldProblem[]): string | null {
  const tag = raw.trim();
  if (tag.length === 0) problems.push({ field, message: 'must not be empty' });
  else if (tag.length > MAX_TAG_LENGTH) problems.push({ field, message: `must be at most ${MAX_TAG_LENGTH} characters` });
  else if (hasControl(tag)) problems.push({ field, message: 'must not contain control characters (tabs, line breaks)' });
  else return tag;
  return null;
}

function fail(problems: FieldProblem[]): never {
  const first = problems[0]!;
  throw new AppError('validation_error', `${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, problems);
}

/** `tags` without repeats (case ignored), keeping each tag's first spelling and the order. */
function unique(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = tagKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Checks tags sent by a caller (`field` names the list, each item is `field/i`) and returns them trimmed, without
 * repeats. Throws a 400 naming every bad item.
 */
export function cleanTags(input: readonly string[], field = 'tags'): string[] {
  const problems: FieldProblem[] = [];
  const tags: string[] = [];
  input.forEach((raw, i) => {
    const tag = check(raw, `${field}/${i}`, problems);
    if (tag !== null) tags.push(tag);
  });
  if (problems.length > 0) fail(problems);
  return unique(tags);
}

/** The list a response ends up with, checked against MAX_TAGS (a 400 naming `field` when over). */
function capped(tags: string[], field: string): string[] {
  if (tags.length > MAX_TAGS) fail([{ field, message: `a response has at most ${MAX_TAGS} tags (this would make ${tags.length})` }]);
  return tags;
}

/** Replaces a response's tags with `input` (PATCH). */
export function replacedTags(input: readonly string[], field = 'tags'): string[] {
  return capped(cleanTags(input, field), field);
}

/** Adds `input` to `current`; a tag already there (in any case) keeps its spelling and place. */
export function addedTags(current: readonly string[], input: readonly string[], field = 'tags'): string[] {
  const have = new Set(current.map(tagKey));
  const added = cleanTags(input, field).filter((t) => !have.has(tagKey(t)));
  // nothing new: the list stays as it is, even one an alert rule filled past the cap
  if (added.length === 0) return [...current];
  return capped([...current, ...added], field);
}

/** `current` without `tag` (case ignored); the same list when it was not there. */
export function removedTag(current: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return current.filter((t) => tagKey(t) !== key);
}

/** Whether two lists hold the same tags in the same order and spelling (nothing to write otherwise). */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
