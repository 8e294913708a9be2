/** One `papergraph` sub-command. Each lives in its own module under commands/. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full text `papergraph NAME --help` prints. */
  help: string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** An error the user can fix; main prints its message without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
