/**
 * A progress bar on stderr for long batches: redrawn in place on a terminal, a line every few
 * seconds otherwise (logs and CI keep a readable record).
 */
export interface ProgressBar {
  tick(label: string): void;
  done(): void;
}

export function progressBar(
  total: number,
  write: (text: string) => void,
  isTty: boolean,
): ProgressBar {
  let count = 0;
  let lastLine = 0;
  const started = Date.now();
  const render = (label: string) => {
    const width = 30;
    const filled = total ? Math.round((count / total) * width) : width;
    const rate = count / Math.max(0.001, (Date.now() - started) / 1000);
    return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total} ${rate.toFixed(0)}/s ${label}`;
  };
  return {
    tick(label) {
      count++;
      if (isTty) write(`\r${render(label).slice(0, 100).padEnd(100)}`);
      else if (Date.now() - lastLine > 5000 || count === total) {
        lastLine = Date.now();
        write(`${render(label)}\n`);
      }
    },
    done() {
      if (isTty) write("\n");
    },
  };
}
