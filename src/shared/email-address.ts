/**
 * The one check of a person's email address on every write path (REST API, CSV import, directory, sends, widget).
 * Deliberately permissive: a local part, "@", a domain with a dot, no spaces, at most 254 characters. Stricter
 * rules (RFC 5322, MX lookups) would refuse real addresses; this only keeps obvious mistakes ("bad", a name or a
 * phone number in the email column) out of the directory, where they would become people nobody can email.
 */

export const MAX_EMAIL_LENGTH = 254;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The message for a field whose value is not an email address, or null when it is one. Checks the trimmed value. */
export function emailProblem(value: string): string | null {
  const address = value.trim();
  if (address.length > MAX_EMAIL_LENGTH) return `must be at most ${MAX_EMAIL_LENGTH} characters`;
  return EMAIL_SHAPE.test(address) ? null : 'must be an email address (name@example.com)';
}

export function isEmailAddress(value: string): boolean {
  return emailProblem(value) === null;
}
