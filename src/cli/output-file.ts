/**
 * Checks a file a command is about to write, so that a bad path is reported at once with the option that named it,
 * not as a stack trace after minutes of work (or, for a write stream, as an unhandled 'error' event).
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

/** Throws an AppError naming `option` unless `file` can be created or overwritten by this process. */
export function checkWritable(file: string, option: string): void {
  const dir = path.dirname(path.resolve(file));
  let problem: string | null = null;
  try {
    if (!statSync(dir).isDirectory()) problem = `${dir} is not a folder`;
    else if (existsSync(file) && !statSync(file).isFile()) problem = 'it is not a file';
    else accessSync(existsSync(file) ? file : dir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problem = code === 'ENOENT' ? `the folder ${dir} does not exist` : code === 'EACCES' ? 'no permission to write it' : (err as Error).message;
  }
  if (problem) throw new AppError('validation_error', `${option} ${file}: cannot write it (${problem})`);
}
