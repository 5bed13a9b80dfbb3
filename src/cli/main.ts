/** The `clearloop` command. Subcommands call services, never raw SQL. */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/env.ts';
import { AppError } from '../shared/errors.ts';
import { registerCommands } from './commands/index.ts';

export async function main(argv: string[]): Promise<void> {
  // `clearloop jobs list | head`: the reader may close the pipe before the output ends; that is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
  const program = new Command('clearloop').description('Clearloop: customer-service excellence on the Net Promoter System').exitOverride();
  registerCommands(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof ConfigError || err instanceof AppError) {
      process.stderr.write(`clearloop: ${err.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}
