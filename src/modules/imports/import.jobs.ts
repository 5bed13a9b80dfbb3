import { Type } from 'typebox';
import type { JobRegistry } from '../../jobs/registry.ts';

export function registerImportJobs(registry: JobRegistry): void {
  registry.register({
    name: 'import.run',
    schema: Type.Object({ importId: Type.String() }),
    maxAttempts: 2,
    handle: ({ importId }, { ctx }) => ctx.imports.run(ctx, importId),
  });
}
