/** One `papergraph` sub-command. Each lives in its own module under commands/. */
export interface Command {
  /** The full text `papergraph NAME --help` prints. */
  help: string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** What the command list knows of a command before its module is loaded. */
export interface CommandEntry {
  name: string;
  /** One line for the command list. */
  summary: string;
  load(): Promise<Command>;
}

/** An error the user can fix; main prints its message without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
