import type { Command } from 'commander';
import { AppError } from '../../shared/errors.ts';
import { openAppContext } from './open-context.ts';

const PASSWORD_HELP = `
Where the new password comes from (it is never printed):
  - on a terminal, you are asked for it twice, without echo;
  - else the first line of standard input, e.g.  printf '%s\\n' "$NEW_PASSWORD" | clearloop user password --email ann@acme.example
  - or --password, which is simplest but leaves the password in your shell's history and, while the command runs,
    in the process list: prefer the other two.
The password must be 8 to 200 characters. All the user's sessions end (in every workspace), and any password-reset
link emailed to them stops working.`;

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Manage users (a user may belong to several workspaces)');
  user
    .command('password')
    .description("Set a user's password, for the server's operator (e.g. a lost password when the server cannot send email)")
    .requiredOption('--email <email>', "the user's login email")
    .option('--password <password>', 'the new password (see below for safer ways)')
    .addHelpText('after', PASSWORD_HELP)
    .action(async (opts: { email: string; password?: string }) => {
      const ctx = await openAppContext();
      try {
        // an unknown email is said before asking for a password
        if (!(await ctx.workspaces.findUserByEmail(opts.email))) throw new AppError('not_found', `no user with the email ${opts.email.trim()}`);
        const password = opts.password ?? (process.stdin.isTTY ? await askTwice() : await firstLineOfStdin());
        if (password === '') throw new AppError('validation_error', 'no password given: type it when asked, pipe it on standard input, or use --password');
        const { email, sessionsEnded } = await ctx.passwordResets.setPassword(opts.email, password);
        process.stdout.write(`Password set for ${email}; ${sessionsEnded === 1 ? '1 session' : `${sessionsEnded} sessions`} ended.\n`);
      } finally {
        await ctx.close();
      }
    });
}

/** The first line of standard input (a pipe or a file), without its line ending. */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > 64 * 1024) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function askTwice(): Promise<string> {
  const [first, second] = await askHidden(['New password: ', 'Repeat it: ']);
  if (first !== second) throw new AppError('validation_error', 'the two passwords differ; nothing was changed');
  return first!;
}

/** Asks on the terminal (each prompt on stderr) and reads one line per prompt, without echoing what is typed. */
function askHidden(prompts: string[]): Promise<string[]> {
  const stdin = process.stdin;
  const lines: string[] = [];
  let current: string[] = [];
  // no echo from here on: what is typed once the prompt shows is never displayed
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  process.stderr.write(prompts[0]!);
  return new Promise((resolve, reject) => {
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      then();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          lines.push(current.join(''));
          current = [];
          process.stderr.write('\n');
          if (lines.length === prompts.length) return finish(() => resolve(lines));
          process.stderr.write(prompts[lines.length]!);
        } else if (ch === '\u0003') {
          process.stderr.write('\n');
          return finish(() => reject(new AppError('validation_error', 'cancelled; nothing was changed')));
        } else if (ch === '\u007f' || ch === '\b') current = current.slice(0, -1);
        else if (ch >= ' ') current.push(ch);
      }
    };
    stdin.on('data', onData);
  });
}
