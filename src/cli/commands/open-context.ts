import type { AppContext } from '../../app-context.ts';
import { type Config, loadConfig } from '../../config/env.ts';

/**
 * Opens the application from the environment's settings. The application (services, database drivers) is
 * imported only here, when a command runs, so that registering the commands and printing help stay fast.
 */
export async function openAppContext(config: Config = loadConfig()): Promise<AppContext> {
  const { openContext } = await import('../../app-context.ts');
  return openContext(config);
}
