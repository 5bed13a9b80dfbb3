import { useState, type FormEvent } from 'react';
import { useCreateDirectoryItem, useDeleteDirectoryItem, useUpdateDirectoryItem } from '../../../api/directory';
import type { Location } from '../../../api/types';
import { ErrorSummary, FieldError, useFieldErrors } from '../../common/FieldError';
import { RowActions, SaveCancel } from './RowActions';
import { TableWrap } from '../../common/TableWrap';

function LocationRow({ location, canEdit }: { location: Location; canEdit: boolean }) {
  const update = useUpdateDirectoryItem('locations');
  const remove = useDeleteDirectoryItem('locations');
  const [name, setName] = useState<string | null>(null);
  const errors = useFieldErrors(update.error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (name === null || name.trim() === location.name) return setName(null);
    update.mutate({ id: location.id, body: { name: name.trim() } }, { onSuccess: () => setName(null) });
  };
  return (
    <tr data-testid="location-row">
      {name !== null ? (
        <td colSpan={2}>
          <form className="form-row form-row-compact" onSubmit={save} aria-label={`Rename ${location.name}`}>
            <div className="field">
              <label htmlFor={`location-name-${location.id}`}>Name</label>
              <input id={`location-name-${location.id}`} {...errors.inputProps('name')} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
              <FieldError errors={errors} field="name" />
            </div>
            <SaveCancel saving={update.isPending} errors={errors} onCancel={() => setName(null)} />
          </form>
        </td>
      ) : (
        <>
          <th scope="row">{location.name}</th>
          <RowActions
            canEdit={canEdit}
            editText="Rename"
            editLabel={`Rename ${location.name}`}
            onEdit={() => setName(location.name)}
            confirmText={`Delete the location "${location.name}"? Its employees and responses stay, without a location.`}
            onDelete={() => remove.mutate(location.id)}
            deleting={remove.isPending}
            deleteError={remove.error}
          />
        </>
      )}
    </tr>
  );
}

export function LocationsCard({ locations, canEdit }: { locations: Location[]; canEdit: boolean }) {
  const create = useCreateDirectoryItem('locations');
  const [name, setName] = useState('');
  const errors = useFieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim() }, { onSuccess: () => setName('') });
  };
  return (
    <section className="card" aria-labelledby="locations-title">
      <header className="card-header">
        <h2 id="locations-title">Locations</h2>
        <span className="muted">Stores, branches, sites: scores and themes break down by location.</span>
      </header>
      {locations.length === 0 ? (
        <p className="muted">No locations yet.</p>
      ) : (
        <TableWrap label="Locations">
          <table className="table" data-testid="locations-table">
            <tbody>
              {locations.map((l) => (
                <LocationRow key={l.id} location={l} canEdit={canEdit} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {canEdit ? (
        <form className="form-row form-row-compact" onSubmit={submit} aria-label="Add a location">
          <div className="field">
            <label htmlFor="location-new-name">New location</label>
            <input id="location-new-name" {...errors.inputProps('name')} data-testid="location-new-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Leeds store" />
            <FieldError errors={errors} field="name" />
          </div>
          <div className="actions">
            <button type="submit" className="btn btn-primary btn-small" data-testid="location-add" disabled={create.isPending}>
              Add location
            </button>
          </div>
          <ErrorSummary errors={errors} />
        </form>
      ) : null}
    </section>
  );
}
