import type { Command } from 'commander';
import { registerAnalyzeCommand } from './analyze.ts';
import { registerApiKeyCommand } from './apikey.ts';
import { registerBackupCommand } from './backup.ts';
import { registerDemoCommand } from './demo.ts';
import { registerExportCommand } from './export.ts';
import { registerImportCommand } from './import.ts';
import { registerImportDelightedCommand } from './import-delighted.ts';
import { registerMigrateCommand } from './migrate.ts';
import { registerServeCommand } from './serve.ts';
import { registerSetupCommand } from './setup.ts';
import { registerUserCommand } from './user.ts';
import { registerWorkerCommand } from './worker.ts';

export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerDemoCommand(program);
  registerMigrateCommand(program);
  registerSetupCommand(program);
  registerApiKeyCommand(program);
  registerUserCommand(program);
  registerImportCommand(program);
  registerImportDelightedCommand(program);
  registerExportCommand(program);
  registerBackupCommand(program);
  registerWorkerCommand(program);
  registerAnalyzeCommand(program);
}
