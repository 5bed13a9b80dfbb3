/**
 * Form-encoded bodies as Delighted accepted them (`curl -d email=a@b.c -d properties[plan]=Pro`): bracketed keys
 * become nested objects, `key[]` becomes an array. Keys that could reach an object's prototype are dropped.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 3;

type Node = Record<string, unknown>;

export function parseNestedForm(text: string): Node {
  const out: Node = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!m) continue;
    const path = [m[1]!, ...[...m[2]!.matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1]!)];
    if (path.length > MAX_DEPTH + 1 || path.some((p) => FORBIDDEN.has(p))) continue;
    assign(out, path, value);
  }
  return out;
}

function assign(target: Node, path: string[], value: string): void {
  let node: Node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    const nextIsPush = path[i + 1] === '';
    if (nextIsPush && i + 1 === path.length - 1) {
      const arr = Array.isArray(node[seg]) ? (node[seg] as unknown[]) : [];
      arr.push(value);
      node[seg] = arr;
      return;
    }
    const child = node[seg];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) node[seg] = {};
    node = node[seg] as Node;
  }
  const last = path[path.length - 1]!;
  if (last === '') return; // "a[][b]" and the like: not a shape Delighted used
  node[last] = value;
}

/** A query parameter that may arrive as `name`, `name[]`, once or repeated → list of strings. */
export function listParam(query: Record<string, unknown>, name: string): string[] {
  const out: string[] = [];
  for (const key of [name, `${name}[]`]) {
    const v = query[key];
    if (Array.isArray(v)) out.push(...v.map(String));
    else if (typeof v === 'string') out.push(...v.split(','));
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
