import type { Command } from '../command.js';
import { related } from './related.js';

/** Every sub-command, in the order `papergraph --help` lists them. */
export const commands: Command[] = [related];
