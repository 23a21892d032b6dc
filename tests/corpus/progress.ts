/**
 * Progress on stderr, so stdout holds only the figures (and --list output) and can be piped.
 * The parts run at the same time, so each report is a line of its own.
 */
export type Progress = (part: string, done: number, total: number) => void;

/** Reports every `step` answers and at the end of each part. */
export function stderrProgress(step = 500): Progress {
  return (part, done, total) => {
    if (done % step === 0 || done === total) process.stderr.write(`${part}: ${done}/${total}\n`);
  };
}
