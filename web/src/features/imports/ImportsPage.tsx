import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useImport, useImports, usePreviewImport, useStartImport, useSurveys } from '../../api/hooks';
import { canWrite, useCurrentSession } from '../../api/session-context';
import type { DataImport, ImportKind, ImportPreview, ImportProblem } from '../../api/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { ErrorSummary, FieldError, useFieldErrors } from '../common/FieldError';
import { formatDateTime, formatNumber } from '../common/format';
import { Loading } from '../common/Loading';
import { StatusPill } from '../common/StatusPill';
import { formatBytes, IMPORT_FIELDS, IMPORT_STATUS_TONE, MAX_CSV_BYTES } from './importText';
import { TableWrap } from '../common/TableWrap';

interface LoadedFile {
  name: string;
  size: number;
  csv: string;
}

function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const shown = problems.slice(0, 200);
  return (
    <TableWrap label="Problems by row and column" className="table-scroll">
      <table className="table" data-testid="import-problems">
        <caption className="visually-hidden">Problems by row and column</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={`${p.row}-${p.column}-${i}`}>
              <td className="num">{p.row}</td>
              <td>{p.column || <span className="muted">—</span>}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > shown.length ? <p className="muted small">…and {formatNumber(problems.length - shown.length)} more.</p> : null}
    </TableWrap>
  );
}

function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={label} data-testid="import-progress">
      <div className="progress-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}

/** The import just started: its validation report, or its progress until done or failed. */
function ImportStatus({ importId, initial }: { importId: string; initial: DataImport }) {
  const query = useImport(initial.status === 'invalid' ? null : importId);
  const row = query.data ?? initial;

  if (row.status === 'invalid') {
    return (
      <div className="stack stack-tight" data-testid="import-invalid">
        <div className="alert alert-error" role="alert">
          Nothing was imported: {formatNumber(row.problems.length)} {row.problems.length === 1 ? 'problem' : 'problems'} in {row.fileName}. Fix the file, change the
          mapping, or tick “Skip invalid rows”.
        </div>
        <ProblemsTable problems={row.problems} />
      </div>
    );
  }
  return (
    <div className="stack stack-tight" data-testid="import-status" data-status={row.status}>
      <div className="progress-line">
        <strong data-testid="import-progress-text">{row.progress}%</strong>
        <span className="muted">
          {formatNumber(row.processedRows)} of {formatNumber(row.totalRows)} rows processed, {formatNumber(row.importedRows)} imported
        </span>
        <StatusPill tone={IMPORT_STATUS_TONE[row.status] ?? 'plain'} testId="import-status-pill">
          {row.status}
        </StatusPill>
      </div>
      <ProgressBar value={row.progress} label={`Import of ${row.fileName}`} />
      {row.status === 'failed' ? (
        <div className="alert alert-error" role="alert">
          The import failed: {row.error ?? 'unknown error'}.
        </div>
      ) : null}
      {row.status === 'done' ? (
        <div className="alert alert-success" role="status">
          Done: {formatNumber(row.importedRows)} {row.importedRows === 1 ? 'row' : 'rows'} imported
          {row.problems.length > 0 ? `, ${formatNumber(row.problems.length)} invalid rows skipped` : ''}.
        </div>
      ) : null}
      {row.problems.length > 0 ? (
        <details>
          <summary>Skipped rows</summary>
          <ProblemsTable problems={row.problems} />
        </details>
      ) : null}
      {query.isError ? <ErrorMessage error={query.error} /> : null}
    </div>
  );
}

function MappingTable({
  kind,
  preview,
  mapping,
  onChange,
}: {
  kind: ImportKind;
  preview: ImportPreview;
  mapping: Record<string, string>;
  onChange: (column: string, field: string) => void;
}) {
  const fields = IMPORT_FIELDS[kind];
  return (
    <TableWrap label="Column mapping and sample rows">
      <table className="table mapping-table" data-testid="import-mapping">
        <caption className="visually-hidden">Column mapping and sample rows</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Goes to</th>
            {preview.sample.slice(0, 3).map((_, i) => (
              <th scope="col" key={i}>
                Row {i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((col, c) => {
            const value = mapping[col.name] ?? col.field;
            const property = `property:${col.name}`;
            return (
              <tr key={`${col.name}-${c}`}>
                <th scope="row" className="mono">
                  {col.name}
                </th>
                <td>
                  <label htmlFor={`map-${c}`} className="visually-hidden">
                    Where column {col.name} goes
                  </label>
                  <select id={`map-${c}`} data-testid={`import-map-${col.name}`} value={value} onChange={(e) => onChange(col.name, e.target.value)}>
                    {fields.map((f) => (
                      <option key={f.value} value={f.value}>
                        {f.label}
                      </option>
                    ))}
                    {value.startsWith('property:') && value !== property ? <option value={value}>Property “{value.slice(9)}”</option> : null}
                    <option value={property}>Property “{col.name}”</option>
                    <option value="ignore">Ignore</option>
                  </select>
                </td>
                {preview.sample.slice(0, 3).map((row, r) => (
                  <td key={r} className="sample-cell">
                    {row[c] ?? ''}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

function NewImport() {
  const surveys = useSurveys();
  const previewImport = usePreviewImport();
  const start = useStartImport();
  const [kind, setKind] = useState<ImportKind>('people');
  const [surveyId, setSurveyId] = useState('');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  // the form's own checks, by the field they are about (the server calls the file's text "csv")
  const [local, setLocal] = useState<{ csv?: string; surveyId?: string; mapping?: string }>({});
  const [started, setStarted] = useState<DataImport | null>(null);
  const errors = useFieldErrors(previewImport.error ?? start.error, { local });
  const surveyList = (surveys.data ?? []).filter((s) => (s.purpose ?? 'survey') === 'survey');

  const runPreview = (nextKind: ImportKind, loaded: LoadedFile) => {
    setPreview(null);
    previewImport.mutate(
      { kind: nextKind, csv: loaded.csv },
      {
        onSuccess: (result) => {
          setPreview(result);
          setMapping(Object.fromEntries(result.columns.map((c) => [c.name, c.field])));
        },
      },
    );
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setLocal({});
    setStarted(null);
    setPreview(null);
    setFile(null);
    const picked = event.target.files?.[0];
    if (!picked) return;
    if (picked.size > MAX_CSV_BYTES) {
      setLocal({ csv: `The file is ${formatBytes(picked.size)}; at most ${formatBytes(MAX_CSV_BYTES)} can be imported at once. Split it into parts.` });
      event.target.value = '';
      return;
    }
    const csv = await picked.text();
    if (!csv.trim()) {
      setLocal({ csv: 'The file is empty.' });
      return;
    }
    const loaded = { name: picked.name, size: picked.size, csv };
    setFile(loaded);
    runPreview(kind, loaded);
  };

  const onKind = (next: ImportKind) => {
    setKind(next);
    setStarted(null);
    if (file) runPreview(next, file);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setLocal({});
    if (!file || !preview) return setLocal({ csv: 'Choose a CSV file first.' });
    if (kind === 'responses' && !surveyId) return setLocal({ surveyId: 'Choose the survey the responses belong to.' });
    // caught here rather than by the server's report: the mapping is on screen, and the fix is one select away
    if (kind === 'responses' && !Object.values(mapping).includes('score')) return setLocal({ mapping: 'Choose the column that holds the score: none is mapped to Score.' });
    start.mutate(
      { kind, fileName: file.name, csv: file.csv, mapping, skipInvalid, ...(kind === 'responses' ? { surveyId } : {}) },
      { onSuccess: (row) => setStarted(row) },
    );
  };

  return (
    <section className="card" aria-labelledby="new-import-title">
      <header className="card-header">
        <h2 id="new-import-title">Import a CSV file</h2>
        <span className="muted small">The first line names the columns. Up to 20 MB.</span>
      </header>
      <form className="form" onSubmit={onSubmit} aria-busy={start.isPending} data-testid="import-form">
        <ErrorSummary errors={errors} />
        <div className="form-row">
          <fieldset className="fieldset fieldset-plain">
            <legend>What the file holds</legend>
            <div className="check-row">
              <label className="check">
                <input type="radio" name="import-kind" data-testid="import-kind-people" checked={kind === 'people'} onChange={() => onKind('people')} />
                People
              </label>
              <label className="check">
                <input type="radio" name="import-kind" data-testid="import-kind-responses" checked={kind === 'responses'} onChange={() => onKind('responses')} />
                Responses
              </label>
            </div>
          </fieldset>
          {kind === 'responses' ? (
            <div className="field">
              <label htmlFor="import-survey">Survey</label>
              <select id="import-survey" {...errors.inputProps('surveyId')} data-testid="import-survey" value={surveyId} onChange={(e) => setSurveyId(e.target.value)}>
                <option value="">Choose…</option>
                {surveyList.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <FieldError errors={errors} field="surveyId" />
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="import-file">CSV file</label>
            <input id="import-file" {...errors.inputProps('csv', file ? 'import-file-hint' : undefined)} data-testid="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
            {file ? (
              <span className="hint" id="import-file-hint">
                {file.name} · {formatBytes(file.size)}
                {preview ? ` · ${formatNumber(preview.totalRows)} rows` : ''}
              </span>
            ) : null}
            <FieldError errors={errors} field="csv" />
          </div>
        </div>

        {previewImport.isPending ? <Loading label="Reading the columns…" /> : null}
        {preview ? (
          <>
            <p className="muted small">Check where each column goes; the detected choice is preselected.</p>
            <MappingTable kind={kind} preview={preview} mapping={mapping} onChange={(col, field) => setMapping((m) => ({ ...m, [col]: field }))} />
            <FieldError errors={errors} field="mapping" testId="import-mapping-error" />
            <label className="check">
              <input type="checkbox" data-testid="import-skip-invalid" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
              Skip invalid rows (otherwise one bad row stops the whole import)
            </label>
            <div>
              <button type="submit" className="btn btn-primary" data-testid="import-start" disabled={start.isPending}>
                {start.isPending ? 'Checking the file…' : `Import ${formatNumber(preview.totalRows)} ${preview.totalRows === 1 ? 'row' : 'rows'}`}
              </button>
            </div>
          </>
        ) : null}
        {started ? <ImportStatus key={started.id} importId={started.id} initial={started} /> : null}
      </form>
    </section>
  );
}

function PastImports() {
  const imports = useImports();
  const surveys = useSurveys();
  const names = new Map((surveys.data ?? []).map((s) => [s.id, s.name]));
  return (
    <section className="card" aria-labelledby="past-imports-title">
      <header className="card-header">
        <h2 id="past-imports-title">Past imports</h2>
      </header>
      {imports.isPending ? (
        <Loading />
      ) : imports.isError ? (
        <ErrorMessage error={imports.error} onRetry={() => void imports.refetch()} />
      ) : imports.data.length === 0 ? (
        <p className="muted">No imports yet.</p>
      ) : (
        <TableWrap label="Imports">
          <table className="table" data-testid="imports-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Imported
                </th>
                <th scope="col">Started</th>
                <th scope="col">Finished</th>
              </tr>
            </thead>
            <tbody>
              {imports.data.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.fileName}</th>
                  <td>
                    {row.kind}
                    {row.surveyId && names.get(row.surveyId) ? <span className="muted small block">{names.get(row.surveyId)}</span> : null}
                  </td>
                  <td>
                    <StatusPill tone={IMPORT_STATUS_TONE[row.status] ?? 'plain'}>{row.status}</StatusPill>
                    {row.status === 'running' || row.status === 'queued' ? <span className="muted small"> {row.progress}%</span> : null}
                    {row.error ? <span className="field-error block">{row.error}</span> : null}
                  </td>
                  <td className="num">
                    {formatNumber(row.importedRows)} / {formatNumber(row.totalRows)}
                    {row.problems.length > 0 ? <span className="muted small block">{formatNumber(row.problems.length)} {row.problems.length === 1 ? 'problem' : 'problems'}</span> : null}
                  </td>
                  <td className="nowrap">{formatDateTime(row.createdAt)}</td>
                  <td className="nowrap">{row.finishedAt ? formatDateTime(row.finishedAt) : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

/** `/imports`: people or responses from a CSV file, with column mapping, validation report and progress. */
export function ImportsPage() {
  const session = useCurrentSession();
  return (
    <div className="stack">
      <div className="page-header">
        <h1>Imports</h1>
      </div>
      {canWrite(session) ? <NewImport /> : <p className="muted">Your role can see imports but not start them.</p>}
      <PastImports />
    </div>
  );
}
