/** Where the CLI writes: injected so tests (and the batch progress bar) can use other streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  stderrIsTTY: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // A getter: process.stderr is made on first use (~0.5 ms), and `evaluate` writes to it only on errors.
  get stderrIsTTY() {
    return Boolean(process.stderr.isTTY);
  },
};
