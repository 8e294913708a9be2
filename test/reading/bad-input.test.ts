import { execFileSync, execSync } from 'node:child_process';
import { createWriteStream, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collect, fixture, writeFixture } from './collect.js';

// Byte-level fixtures are written here, so that the bytes under test are visible in the test.
const write = writeFixture('papergraph-bad-input-');

describe('bad input', () => {
  it('refuses an empty file', async () => {
    const file = fixture('empty.txt');
    const { papers, problems } = await collect([file]);
    expect(papers).toEqual([]);
    expect(problems).toEqual([{ file, message: 'the file is empty; file refused', severity: 'refused' }]);
  });

  it('refuses a file of only blank lines as empty', async () => {
    const { problems } = await collect([write('blank.jsonl', '\n  \n\t\n')]);
    expect(problems).toMatchObject([{ message: 'the file is empty; file refused', severity: 'refused' }]);
  });

  it('refuses a binary file', async () => {
    const file = write('image.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0x00, 0x41]));
    const { papers, problems } = await collect([file]);
    expect(papers).toEqual([]);
    expect(problems).toMatchObject([{ file, severity: 'refused' }]);
    expect(problems[0]!.message).toMatch(/binary.*NUL bytes.*file refused/);
  });

  it('reads a gzip file as it streams, known by its name or by its first bytes', async () => {
    const lines = ['{"id": "2401.00001", "title": "A", "abstract": "a"}', '{"id": "2401.00002", "title": "B", "abstract": "b"}'].join('\n');
    const byName = write('papers.jsonl.gz', gzipSync(lines));
    const byBytes = write('papers-compressed', gzipSync(`[${lines.replace('\n', ',')}]`));
    const { papers, problems } = await collect([byName, byBytes]);
    // The second file holds the same two papers, so it is read when each is noted as a duplicate.
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      [byBytes, 'note'],
      [byBytes, 'note'],
    ]);
    expect(papers.map((p) => [p.id, p.source])).toEqual([
      ['2401.00001', byName],
      ['2401.00002', byName],
    ]);
  });

  it('keeps what a gzip file cut short gave before the break, naming the line it came after, and refuses one broken in its first bytes', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `2401.${String(i).padStart(5, '0')}`, title: `T${i}`, abstract: `Abstract ${i} ${'x'.repeat(i % 97)}` }));
    const whole = gzipSync(records.join('\n'), { level: 0 }); // stored, so that a cut is far past the first 64 KiB of text
    const cut = write('cut.jsonl.gz', whole.subarray(0, Math.floor(whole.length * 0.8)));
    const { papers, problems } = await collect([cut, write('header-only.jsonl.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00]))]);
    expect(papers.length).toBeGreaterThan(1000);
    expect(papers.length).toBeLessThan(3000);
    // One record a line, all read: the last paper is on the line numbered as many as there are papers.
    const last = papers.length;
    expect(problems).toEqual([
      {
        file: cut,
        line: last,
        record: last,
        message: expect.stringMatching(new RegExp(`^the gzip data is corrupt or cut short \\(.+\\) after line ${last} \\(record ${last}\\); the rest of the file was skipped$`)),
        severity: 'skipped',
      },
      { file: expect.stringMatching(/header-only/), message: expect.stringMatching(/^the gzip data is corrupt or cut short \(.+\); file refused$/), severity: 'refused' },
    ]);
  });

  it('lets go of a file whose reader stops early', async () => {
    // An XML error on line 3 of a file far longer than one read: the rest is never read, and the file must be closed.
    const file = write('broken-long.xml', `<feed>\n<entry><title>Broken</summary>\n${'<!-- padding -->\n'.repeat(200_000)}</feed>\n`);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 10; i++) await collect([file]);
    expect(openFiles() - before).toBeLessThan(5);
  });

  it('lets go of a JSON file refused for its size before it is read', async () => {
    // Past the first read (1 MiB), so that the file is still open when the refusal comes.
    const file = write('too-large.json', JSON.stringify([{ title: 'T', abstract: 'x'.repeat(2 * 1024 * 1024) }]));
    const refuse = async () => expect((await collect([file], { maxDocumentBytes: 1000 })).problems).toMatchObject([{ severity: 'refused' }]);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    // A first read opens descriptors Node keeps (its thread pool's), which are no leak: counted from after it.
    await refuse();
    const before = openFiles();
    for (let i = 0; i < 5; i++) await refuse();
    expect(openFiles()).toBe(before);
  });

  it('reads a named pipe, whose size on disk is 0, instead of refusing it as empty', async () => {
    const fifo = join(dirname(write('present.txt', '')), 'pipe.jsonl');
    execFileSync('mkfifo', [fifo]);
    createWriteStream(fifo).end('{"id": "2401.00009", "title": "Through A Pipe", "abstract": "Read from a pipe."}\n');
    const { papers, problems } = await collect([fifo]);
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['Through A Pipe']);
  });

  it('refuses a missing file, saying where a relative path was looked for', async () => {
    const { problems } = await collect([join(dirname(write('present.txt', '')), 'no-such-file.txt'), 'no-such-file.txt']);
    expect(problems).toMatchObject([
      { message: 'cannot read the file (no such file); file refused', severity: 'refused' },
      { message: `cannot read the file (no such file in ${process.cwd()}); file refused`, severity: 'refused' },
    ]);
  });

  it('skips invalid JSON on line N of JSON Lines and reads the rest, giving the column where it can', async () => {
    const file = write('invalid-line.jsonl', '{"title": "A", "abstract": "a"}\n{"title": "B", "abstract": \n{"title": "C" "abstract": "c"}\n{"title": "D", "abstract": "d"}\n');
    const { papers, problems } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['A', 'D']);
    expect(problems).toMatchObject([
      { file, line: 2, record: 2, severity: 'skipped' },
      { file, line: 3, record: 3, severity: 'skipped' },
    ]);
    expect(problems[0]!.message).toMatch(/^invalid JSON \(.+\); skipped$/);
    expect(problems[1]!.message).toMatch(/^invalid JSON \(.+ at column 15\); skipped$/);
  });

  it('refuses a JSON array with a syntax error, naming the line', async () => {
    const file = fixture('invalid.json');
    const { papers, problems } = await collect([file]);
    expect(papers).toEqual([]);
    expect(problems).toMatchObject([{ file, line: 3, severity: 'refused' }]);
    expect(problems[0]!.message).toMatch(/^invalid JSON \(.+ at column 47\).*file refused$/);
  });

  it('names the line and column of an unexpected token, which V8 reports only by quoting the text around it', async () => {
    const trailingComma = write('trailing-comma.json', '[\n  {"title": "A", "abstract": "a"},\n  {"title": "B", "abstract": "b\\nb"},\n]\n');
    const bareWord = write('bare-word.json', `[${'{"title": "T", "abstract": "t"},'.repeat(3)}{"title": "X", "abstract": none}]`);
    const { problems } = await collect([trailingComma, bareWord]);
    expect(problems).toMatchObject([
      { file: trailingComma, line: 4, severity: 'refused' },
      { file: bareWord, line: 1, severity: 'refused' },
    ]);
    expect(problems[0]!.message).toMatch(/^invalid JSON \(Unexpected token '\]'.* at column 1\)/);
    expect(problems[1]!.message).toMatch(/^invalid JSON \(Unexpected token 'o'.* at column 126\)/);
  });

  it('puts a JSON array cut short at its last line, where the input ended', async () => {
    const file = write('cut-short.json', '[\n  {"title": "A", "abstract": "a"},\n  {"title": "B", "abstract": "b"},\n');
    const { problems } = await collect([file]);
    expect(problems).toMatchObject([{ file, line: 3, severity: 'refused' }]);
    expect(problems[0]!.message).toMatch(/^invalid JSON \(Unexpected end of JSON input at column 35\)/);
  });

  it('refuses a JSON array larger than the whole-document limit and points to JSON Lines', async () => {
    const file = write('big.json', JSON.stringify([{ title: 'T', abstract: 'x'.repeat(2000) }]));
    const { papers, problems } = await collect([file], { maxDocumentBytes: 1000 });
    expect(papers).toEqual([]);
    expect(problems[0]!.message).toMatch(/too large to parse whole.*JSON Lines.*file refused/);
  });

  it('counts the bytes of a JSON document whose size is known only once read, not its characters', async () => {
    // 3 lines of 200 two-byte letters: about 600 characters, 1,200 bytes; gzip, so that the size on disk says nothing.
    const records = [1, 2, 3].map((i) => JSON.stringify({ title: `T${i}`, abstract: 'é'.repeat(200) }));
    const file = write('wide.json.gz', gzipSync(`[\n${records.join(',\n')}\n]`));
    const { papers, problems } = await collect([file], { maxDocumentBytes: 1000 });
    expect(papers).toEqual([]);
    expect(problems).toMatchObject([{ file, severity: 'refused', message: expect.stringMatching(/more than 1000 bytes is too large to parse whole/) }]);
  });

  it('counts the bytes of trending-page text against the document limit, not its characters', async () => {
    // Two pairs of about 250 three-byte characters: 500 characters, 1,500 bytes.
    const pair = (i: number) => `Title ${i}\n\n${'字'.repeat(240)}\n`;
    const { papers, problems } = await collect([write('wide-trending.txt', `${pair(1)}\n${pair(2)}`)], { maxDocumentBytes: 1000 });
    expect(papers).toEqual([]);
    expect(problems).toMatchObject([{ severity: 'refused', message: expect.stringMatching(/trending-page text larger than 1000 bytes/) }]);
  });

  it("counts the bytes of an Atom entry's text against the record limit, not its characters", async () => {
    const entry = (title: string, summary: string) => `<entry><id>http://arxiv.org/abs/2401.0000${title.length}v1</id><title>${title}</title><summary>${summary}</summary></entry>`;
    // 400 three-byte characters on two lines, each within the line limit: 400 characters, 1,200 bytes.
    const file = write('wide.xml', `<feed xmlns="http://www.w3.org/2005/Atom">\n${entry('Wide', `${'字'.repeat(200)}\n`.repeat(2))}\n${entry('Narrow one', 'fine')}\n</feed>\n`);
    const { papers, problems } = await collect([file], { maxLineBytes: 1024 });
    expect(papers.map((p) => p.title)).toEqual(['Narrow one']);
    expect(problems).toMatchObject([{ file, line: 2, record: 1, severity: 'skipped', message: expect.stringMatching(/entry holds more than 1\.0 KiB of text/) }]);
  });

  it('skips a record without a title and a title without an abstract, naming the record and the line it starts on', async () => {
    const records = [{ abstract: 'no title' }, { title: 'Only A Title', abstract: '  ' }, { title: null, abstract: 'null title' }, { title: 42, abstract: 'x' }, { title: 'Fine', abstract: 'Fine.' }];
    const file = write('missing.json', JSON.stringify(records));
    const { papers, problems } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['Fine']);
    expect(problems).toEqual([
      { file, line: 1, record: 1, message: 'record has no title (its fields: abstract; a paper needs "title" and "abstract" or "summary"); skipped', severity: 'skipped' },
      { file, line: 1, record: 2, message: '"Only A Title" has no abstract; skipped', severity: 'skipped' },
      { file, line: 1, record: 3, message: 'record has no title (its fields: abstract; a paper needs "title" and "abstract" or "summary"); skipped', severity: 'skipped' },
      { file, line: 1, record: 4, message: '"title" is not a string; skipped', severity: 'skipped' },
    ]);
  });

  it('says what a record without a title holds: other field names, or a list wrapped in an object', async () => {
    const renamed = write('renamed.json', JSON.stringify([{ name: 'A', text: 'An abstract.' }]));
    const wrapped = write('wrapped.json', JSON.stringify({ papers: [{ title: 'A', abstract: 'An abstract.' }] }));
    const { papers, problems } = await collect([renamed, wrapped]);
    expect(papers).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'record has no title (its fields: name, text; a paper needs "title" and "abstract" or "summary"); skipped',
      'record has no title but a list of records under "papers": papergraph reads a top-level array of papers or one paper per line (take the list out with jq \'.papers\'); skipped',
    ]);
  });

  it('names the line a skipped record of a pretty-printed JSON array starts on, past strings with brackets and quotes', async () => {
    const file = write('pretty.json', '[\n  {"title": "A [\\"quoted\\"] {title}", "abstract": "x"},\n  {\n    "title": "No abstract",\n    "tags": [1, [2]]\n  }, {"title": "C"}\n]\n');
    const { papers, problems } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['A ["quoted"] {title}']);
    expect(problems).toMatchObject([
      { file, line: 3, record: 2, severity: 'skipped' },
      { file, line: 6, record: 3, severity: 'skipped' },
    ]);
  });

  it('skips a title without an abstract in trending-page text and keeps the pairs after it in step', async () => {
    const file = fixture('trending-orphan-title.txt');
    const { papers, problems } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['Second Paper: Everything Present']);
    expect(problems).toEqual([
      { file, line: 1, record: 1, message: '"A Title Whose Abstract Went Missing" has no abstract; skipped', severity: 'skipped' },
      { file, line: 7, record: 3, message: '"Last Title Without Anything After It" has no abstract; skipped', severity: 'skipped' },
    ]);
  });

  it('skips a non-UTF-8 line of JSON Lines, naming it', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"title": "Caf'), Buffer.from([0xe9]), Buffer.from('", "abstract": "x"}\n')]);
    const file = write('latin1.jsonl', Buffer.concat([Buffer.from('{"title": "Fine", "abstract": "Fine."}\n'), latin1]));
    const { papers, problems } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['Fine']);
    expect(problems).toMatchObject([{ file, line: 2, severity: 'skipped' }]);
    expect(problems[0]!.message).toMatch(/not valid UTF-8/);
  });

  it('refuses a non-UTF-8 trending-page text file, because a lost line would shift every pair after it', async () => {
    const file = write('latin1.txt', Buffer.concat([Buffer.from('Title One\n\nAbstract one.\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' Title\n\nAbstract two.\n')]));
    const { papers, problems } = await collect([file]);
    expect(papers).toEqual([]);
    expect(problems).toMatchObject([{ file, line: 5, severity: 'refused' }]);
    expect(problems[0]!.message).toMatch(/^line is not valid UTF-8 .*; file refused$/);
  });

  it('names a conversion command that works on a Latin-1 file', async () => {
    const file = write('latin1-hint.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' Title\n\nAbstract two.\n')]));
    const { problems } = await collect([file]);
    const command = /\((?:if [^:]+: )?(iconv [^)]+)\)/.exec(problems[0]!.message)?.[1];
    expect(command).toBeDefined();
    execSync(command!, { shell: '/bin/sh' });
    const converted = await collect([`${file}.utf8`]);
    expect(converted.problems).toEqual([]);
    expect(converted.papers.map((p) => p.title)).toEqual(['Café Title']);
  });

  it('reads UTF-8 split across read chunks and strips a byte-order mark', async () => {
    // The reader takes 1 MiB chunks: put the two bytes of "é" on either side of the first boundary.
    const prefix = '\uFEFF{"title": "Éclair μ-Bench", "abstract": "';
    const filler = 'x'.repeat((1 << 20) - 1 - Buffer.byteLength(prefix));
    const file = write('bom.jsonl', `${prefix}${filler}é"}\n{"title": "Second", "abstract": "ü"}\n`);
    const { papers, problems } = await collect([file]);
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['Éclair μ-Bench', 'Second']);
    expect(papers[0]!.abstract.endsWith('xé')).toBe(true);
  });

  it('refuses UTF-16 with a clear message', async () => {
    const file = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n\nAbstract.\n', 'utf16le')]));
    const { problems } = await collect([file]);
    expect(problems).toMatchObject([{ file, severity: 'refused' }]);
    expect(problems[0]!.message).toMatch(/UTF-16.*iconv/);
  });

  it('skips a huge line without holding it and reads the lines after it', async () => {
    const file = write('huge.jsonl', `{"title": "Before", "abstract": "b"}\n{"title": "Huge", "abstract": "${'y'.repeat(5000)}"}\n{"title": "After", "abstract": "a"}\n`);
    const { papers, problems } = await collect([file], { maxLineBytes: 1024 });
    expect(papers.map((p) => p.title)).toEqual(['Before', 'After']);
    expect(problems).toMatchObject([{ file, line: 2, severity: 'skipped' }]);
    expect(problems[0]!.message).toMatch(/line is 4\.9 KiB, longer than the 1\.0 KiB a record may take; skipped/);
  });

  it('reports an XML file without entries as not an Atom feed', async () => {
    const { problems } = await collect([write('other.xml', '<html><body>Hello</body></html>\n')]);
    expect(problems).toMatchObject([{ severity: 'refused', message: 'no <entry> elements: not an arXiv Atom feed; file refused' }]);
  });
});
