import type { Command } from '../command.js';
import { extract } from './extract.js';
import { load } from './load.js';
import { query } from './query.js';
import { related } from './related.js';
import { serve } from './serve.js';

/** Every sub-command, in the order `papergraph --help` lists them. */
export const commands: Command[] = [extract, load, query, related, serve];
