/** A progress bar on stderr (so stdout stays clean for data); silent when stderr is not a terminal. */
import cliProgress from 'cli-progress';

export interface Progress {
  increment(n?: number): void;
  stop(): void;
}

export function progressBar(label: string, total: number): Progress {
  if (!process.stderr.isTTY || total < 1) {
    let done = 0;
    let lastPct = -1;
    return {
      increment(n = 1) {
        done += n;
        const pct = Math.floor((done / total) * 10) * 10;
        if (pct !== lastPct && total >= 5000) {
          lastPct = pct;
          process.stderr.write(`${label}: ${pct}% (${done}/${total})\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta}s`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { increment: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}
