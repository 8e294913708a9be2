import { parseArgs, type ParseArgsConfig } from 'node:util';

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

/**
 * A command's options and positionals, parsed with node:util; a mistyped option is a usage error that names
 * the option and where the command's options are listed, not Node's own advice about "--".
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(message)?.[1] : undefined;
    const why = unknown ? `unknown option ${unknown}` : message.replace(/\.\s.*$/s, '').replace(/\.$/, '');
    throw new UsageError(`${command}: ${why}; see papergraph ${command} --help`);
  }
}
