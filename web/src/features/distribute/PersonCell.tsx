import { usePerson } from '../../api/hooks';

/** A person's name and email, looked up by id (sends carry only the id). */
export function PersonCell({ personId }: { personId: string }) {
  const person = usePerson(personId);
  if (person.isPending) return <span className="muted">…</span>;
  if (!person.data) return <span className="muted mono">{personId.slice(0, 8)}</span>;
  const { name, email, externalId } = person.data;
  return (
    <>
      <span>{name || email || externalId || '—'}</span>
      {name && email ? <span className="muted small block">{email}</span> : null}
    </>
  );
}
