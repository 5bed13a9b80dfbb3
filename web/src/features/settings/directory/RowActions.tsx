import { ErrorSummary, type FieldErrors } from '../../common/FieldError';

/**
 * The actions cell of a directory row: edit (or rename) and delete after a confirmation that says what stays,
 * with the delete's error under them. Without `canEdit` only an error (if any) shows.
 */
export function RowActions({
  canEdit,
  editText = 'Edit',
  editLabel,
  editTestId,
  onEdit,
  confirmText,
  onDelete,
  deleting,
  deleteError,
}: {
  canEdit: boolean;
  editText?: string;
  editLabel: string;
  editTestId?: string;
  onEdit: () => void;
  confirmText: string;
  onDelete: () => void;
  deleting: boolean;
  deleteError: Error | null;
}) {
  return (
    <td className="actions">
      {canEdit ? (
        <>
          <button type="button" className="btn btn-small" data-testid={editTestId} onClick={onEdit} aria-label={editLabel}>
            {editText}
          </button>
          <button
            type="button"
            className="btn btn-danger btn-small"
            disabled={deleting}
            onClick={() => {
              if (window.confirm(confirmText)) onDelete();
            }}
          >
            Delete
          </button>
        </>
      ) : null}
      {deleteError ? (
        <span className="field-error block" role="alert">
          {deleteError.message}
        </span>
      ) : null}
    </td>
  );
}

/** Save and Cancel of a row being edited, and the save's error (its fields' messages show at their inputs). */
export function SaveCancel({ saveTestId, saving, errors, onCancel }: { saveTestId?: string; saving: boolean; errors: FieldErrors; onCancel: () => void }) {
  return (
    <>
      <div className="actions">
        <button type="submit" className="btn btn-primary btn-small" data-testid={saveTestId} disabled={saving}>
          Save
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ErrorSummary errors={errors} />
    </>
  );
}
