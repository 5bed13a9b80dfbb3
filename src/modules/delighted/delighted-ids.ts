/**
 * Delighted-style identifiers and times. Delighted ids were decimal strings ("42"); Clearloop ids are UUIDv7.
 * A UUID is 128 bits, so it maps one-to-one onto a decimal string (up to 39 digits) and back without a lookup
 * table: callers see digits, as they did with Delighted, and may send back either form. Times are Unix seconds.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX = (1n << 128n) - 1n;

/** A Clearloop id (UUID) as a Delighted-style decimal string. */
export function toDelightedId(uuid: string): string {
  return BigInt(`0x${uuid.replace(/-/g, '')}`).toString(10);
}

/** A Delighted-style id (decimal digits) or a UUID → the UUID, or null when it is neither. */
export function fromDelightedId(id: string | number): string | null {
  const s = String(id).trim();
  if (UUID.test(s)) return s.toLowerCase();
  if (!/^\d{1,39}$/.test(s)) return null;
  const n = BigInt(s);
  if (n > MAX) return null;
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** ISO-8601 → Unix seconds (null stays null). */
export function toUnix(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor(t / 1000);
}

/** Unix seconds → ISO-8601. */
export function fromUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
