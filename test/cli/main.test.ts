import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extraction/extract.js';
import { papergraph, ROOT } from '../support/cli.js';

describe('papergraph (the command list)', () => {
  it('lists the commands, exiting 2 when no command is given and 0 when help is asked for', async () => {
    const none = await papergraph([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/^ {2}extract {2}/m);
    expect((await papergraph(['--help'])).code).toBe(0);
  });

  it('prints a command\'s own help for "help COMMAND"', async () => {
    const viaHelp = await papergraph(['help', 'extract']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe((await papergraph(['extract', '--help'])).stdout);
  });

  it('prints the package and extractor versions for --version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = await papergraph(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`papergraph ${version} (${EXTRACTOR_VERSION})\n`);
  });

  it('names an unknown command and exits 2', async () => {
    const { code, stderr } = await papergraph(['extrac']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^papergraph: unknown command "extrac"/);
  });
});
