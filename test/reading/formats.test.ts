import { describe, expect, it } from 'vitest';
import { Duplicates } from '../../src/reading/duplicates.js';
import { titleId } from '../../src/reading/ids.js';
import { collect, fixture, writeFixture } from './collect.js';

const write = writeFixture('papergraph-formats-');

describe('JSON array', () => {
  it('reads aliases, author and category strings, dates and ids', async () => {
    const { papers, problems } = await collect([fixture('papers.json')]);
    expect(problems).toEqual([]);
    expect(papers[0]).toEqual({
      id: '2407.01523',
      title: 'A Paper With A Wrapped Title',
      abstract: 'An abstract given under the summary alias.',
      url: 'https://arxiv.org/abs/2407.01523',
      published: '2024-07-03',
      authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
      categories: ['cs.CL', 'cs.LG'],
      source: fixture('papers.json'),
    });
    expect(papers[1]).toMatchObject({
      id: 'hep-th/9901001',
      url: 'https://arxiv.org/pdf/hep-th/9901001v3.pdf',
      published: '2007-04-02',
      authors: ['Emmy Noether'],
      categories: ['hep-th'],
    });
    expect(papers[2]!.id).toBe(titleId('No arXiv Identifier Here!'));
  });

  it('reads a single pretty-printed record', async () => {
    const { papers, problems } = await collect([fixture('pretty-object.json')]);
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['One Pretty-Printed Record']);
  });
});

describe('JSON Lines', () => {
  it('reads the good records around bad ones, each bad one reported with its line', async () => {
    const file = fixture('papers.jsonl');
    const { papers, problems } = await collect([file]);
    expect(papers.map((p) => [p.id, p.title])).toEqual([
      ['2501.00001', 'First Good Record'],
      ['2501.00005', 'Last Good Record'],
    ]);
    expect(papers[1]!.published).toBe('2025-01-02');
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [2, 'skipped'],
      [3, 'skipped'],
      [4, 'skipped'],
      [6, 'note'],
      [7, 'skipped'],
    ]);
    expect(problems.every((p) => p.file === file)).toBe(true);
    expect(problems[0]!.message).toMatch(/^invalid JSON/);
    expect(problems[1]!.message).toMatch(/no title/);
    expect(problems[2]!.message).toMatch(/"A Title Without Abstract" has no abstract/);
    expect(problems[3]!.message).toMatch(/already read; kept the first/);
    expect(problems[4]!.message).toMatch(/expected a JSON object/);
  });
});

describe('arXiv metadata snapshot', () => {
  // One paper as the API's Atom and the Kaggle snapshot give it: LaTeX title, versions, the Atom link of one version.
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom">
  <entry>
    <id>http://arxiv.org/abs/2402.99999v3</id>
    <published>2024-02-21T11:30:29Z</published>
    <updated>2024-02-24T11:30:29Z</updated>
    <title>$\\infty$Bench: Long
  Context</title>
    <summary>We propose $\\infty$Bench.</summary>
    <link href="http://arxiv.org/abs/2402.99999v3" rel="alternate" type="text/html"/>
  </entry>
</feed>
`;
  const snapshot = {
    id: '2402.99999',
    title: '$\\infty$Bench: Long\n  Context',
    abstract: '  We propose $\\infty$Bench.\n',
    versions: [
      { version: 'v1', created: 'Wed, 21 Feb 2024 11:30:29 GMT' },
      { version: 'v3', created: 'Sat, 24 Feb 2024 11:30:29 GMT' },
    ],
    update_date: '2024-02-26',
  };

  it('reads the same paper from Atom and from the snapshot as the same title, first-version date and URL', async () => {
    const { papers, problems } = await collect([write('one.xml', atom)]);
    const fromSnapshot = await collect([write('one.jsonl', `${JSON.stringify(snapshot)}\n`)]);
    expect([problems, fromSnapshot.problems]).toEqual([[], []]);
    const expected = { id: '2402.99999', title: '∞Bench: Long Context', abstract: 'We propose ∞Bench.', published: '2024-02-21', url: 'https://arxiv.org/abs/2402.99999' };
    expect(papers[0]).toMatchObject(expected);
    expect(fromSnapshot.papers[0]).toMatchObject(expected);
  });

  it('reads authors from authors_parsed, else from the authors string without its affiliations, accents as letters', async () => {
    const records = [
      { ...snapshot, id: '0705.0001', authors: 'ignored', authors_parsed: [['R\\\'e', 'Christopher', ''], ['Yuan', 'C. -P.', ''], ['King', 'Martin L.', 'Jr']] },
      {
        ...snapshot,
        id: '0705.0002',
        authors: 'Ileana Streinu and Louis Theran (1 and 2) ((1) Smith College, (2) UMass Amherst), J. M. G\\"uell, C. Bal\\\'azs, and X. Y. Zhang et al',
      },
    ];
    const { papers } = await collect([write('authors.jsonl', records.map((r) => JSON.stringify(r)).join('\n'))]);
    expect(papers.map((p) => p.authors)).toEqual([
      ['Christopher Ré', 'C.-P. Yuan', 'Martin L. King Jr'],
      ['Ileana Streinu', 'Louis Theran', 'J. M. Güell', 'C. Balázs', 'X. Y. Zhang'],
    ]);
  });

  it('replaces the Atom entry by a later version from the snapshot, and keeps it against the same version', async () => {
    const v4 = { ...snapshot, abstract: 'The fourth version.', versions: [...snapshot.versions, { version: 'v4', created: 'Fri, 1 Mar 2024 10:00:00 GMT' }] };
    const newer = await collect([write('v3.xml', atom), write('v4.jsonl', `${JSON.stringify(v4)}\n`)]);
    expect(newer.papers.map((p) => p.abstract)).toEqual(['The fourth version.']);
    expect(newer.problems.map((p) => p.message)).toEqual(['"∞Bench: Long Context" (id 2402.99999) was already read; kept the newer, v4']);
    const same = await collect([write('v3-again.xml', atom), write('v3.jsonl', `${JSON.stringify(snapshot)}\n`)]);
    expect(same.problems.map((p) => p.message)).toEqual(['"∞Bench: Long Context" (id 2402.99999) was already read; kept the first']);
  });

  it('falls back to update_date when a record has no versions', async () => {
    const { papers } = await collect([write('no-versions.jsonl', `${JSON.stringify({ ...snapshot, versions: undefined })}\n`)]);
    expect(papers[0]!.published).toBe('2024-02-26');
  });
});

describe('arXiv Atom XML', () => {
  it('reads entries with id, collapsed title and summary, date, authors and categories', async () => {
    const file = fixture('feed.xml');
    const { papers, problems } = await collect([file]);
    expect(papers).toEqual([
      {
        id: '2407.01523',
        title: 'Streaming Atom: A Title Over Two Lines',
        abstract: 'An abstract with line breaks & an entity.',
        url: 'https://arxiv.org/abs/2407.01523',
        published: '2024-07-01',
        authors: ['Ada Lovelace', 'Alan Turing'],
        categories: ['cs.CL', 'cs.AI'],
        source: file,
      },
    ]);
    expect(problems).toEqual([{ file, line: 21, record: 2, message: '"An Entry Without Summary" has no abstract; skipped', severity: 'skipped' }]);
  });

  it('recognises XML written on one line, without a declaration', async () => {
    const { papers } = await collect([fixture('one-line.xml')]);
    expect(papers.map((p) => p.id)).toEqual(['2401.00007']);
  });

  it('keeps the entries before an XML error and says the rest was skipped', async () => {
    const { papers, problems } = await collect([fixture('broken.xml')]);
    expect(papers.map((p) => p.title)).toEqual(['Before The Break']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 9, severity: 'skipped' });
    expect(problems[0]!.message).toMatch(/^invalid XML .*the rest of the file was skipped \(1 entry before it was read\)/);
  });

  it('counts the entries read before an XML error in words that agree with the number', async () => {
    const entry = (n: number) => `<entry><id>http://arxiv.org/abs/2401.0000${n}v1</id><title>T${n}</title><summary>S${n}</summary></entry>\n`;
    const twoBefore = write('two-before-break.xml', `<feed xmlns="http://www.w3.org/2005/Atom">\n${entry(1)}${entry(2)}<entry><title>Broken</summary>\n</feed>\n`);
    const noneBefore = write('none-before-break.xml', '<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>Broken</summary>\n</feed>\n');
    const { problems } = await collect([twoBefore, noneBefore]);
    expect(problems.map((p) => /\(([^()]*)\)$/.exec(p.message)?.[1])).toEqual(['2 entries before it were read', '0 entries before it were read']);
  });
});

describe('arXiv API answers that hold no papers', () => {
  const feed = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>ArXiv Query</title>\n  <id>http://arxiv.org/api/x1</id>\n${body}</feed>\n`;

  it('refuses an API error feed, quoting the error, instead of reading a paper titled "Error"', async () => {
    const file = write(
      'api-error.xml',
      feed(
        '  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">1</opensearch:totalResults>\n' +
          '  <entry>\n    <id>http://arxiv.org/api/errors#incorrect_id_format_for_99.1</id>\n    <title>Error</title>\n' +
          '    <summary>incorrect id format for 99.1</summary>\n    <author><name>arXiv api core</name></author>\n  </entry>\n',
      ),
    );
    const { papers, problems } = await collect([file]);
    expect(papers).toEqual([]);
    expect(problems).toEqual([
      {
        file,
        line: 6,
        message: 'the arXiv API answered with an error, not papers: "incorrect id format for 99.1"; fix the query and fetch the feed again; file refused',
        severity: 'refused',
      },
    ]);
  });

  it('says a query with no results returned no entries, not that the file is no feed', async () => {
    const file = write('no-results.xml', feed('  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:totalResults>\n'));
    const { problems } = await collect([file]);
    expect(problems).toEqual([
      { file, message: 'the arXiv query returned no entries (<opensearch:totalResults> is 0); widen the query and fetch the feed again; file refused', severity: 'refused' },
    ]);
    const notAFeed = write('no-entries.xml', feed(''));
    expect((await collect([notAFeed])).problems[0]!.message).toBe('no <entry> elements: not an arXiv Atom feed; file refused');
  });
});

describe('duplicates', () => {
  const copy = (abstract: string, extra: Record<string, unknown>) => JSON.stringify({ id: '2106.99999', title: 'LoRA-ish', abstract, ...extra });
  const versions = (n: number) => Array.from({ length: n }, (_, i) => ({ version: `v${i + 1}`, created: `Mon, ${i + 1} Jan 2024 10:00:00 GMT` }));
  const other = JSON.stringify({ id: '2401.00001', title: 'In Between', abstract: 'Another paper.' });

  it('keeps the newer copy, in the place of the first, when the copies say which is newer', async () => {
    const file = write('versions.jsonl', [copy('Second version.', { versions: versions(2) }), other, copy('Third version.', { versions: versions(3) })].join('\n'));
    const { papers, problems } = await collect([file]);
    expect(papers.map((p) => p.abstract)).toEqual(['Third version.', 'Another paper.']);
    expect(papers[0]!.published).toBe('2024-01-01');
    expect(problems).toEqual([{ file, line: 3, record: 3, message: '"LoRA-ish" (id 2106.99999) was already read; kept the newer, v3', severity: 'note' }]);
  });

  it('compares update_date when the copies give no versions, and keeps the first when it is the newer', async () => {
    const byDate = write('dates.jsonl', [copy('Old.', { update_date: '2023-01-03' }), copy('New.', { update_date: '2024-03-01' })].join('\n'));
    const olderLater = write('older-later.jsonl', [copy('Third.', { versions: versions(3) }), copy('First.', { versions: versions(1) })].join('\n'));
    const { papers, problems } = await collect([byDate]);
    expect(papers.map((p) => p.abstract)).toEqual(['New.']);
    expect(problems[0]!.message).toMatch(/kept the newer, updated 2024-03-01$/);
    const second = await collect([olderLater]);
    expect(second.papers.map((p) => p.abstract)).toEqual(['Third.']);
    expect(second.problems[0]!.message).toMatch(/already read; kept the first$/);
  });

  it('keeps the first when it was passed on before the newer copy came', async () => {
    const file = write('far-apart.jsonl', [copy('Second version.', { versions: versions(2) }), other, copy('Third version.', { versions: versions(3) })].join('\n'));
    const { papers, problems } = await collect([file], { holdPapers: 1 });
    expect(papers.map((p) => p.abstract)).toEqual(['Second version.', 'Another paper.']);
    expect(problems[0]!.message).toMatch(/already read; kept the first$/);
  });

  it('holds back papers up to their own character limit, whatever the line limit', async () => {
    // Each line fits in 600 bytes; the two papers held before the newer copy take more than 600 characters.
    const long = (text: string) => `${text} ${'x'.repeat(300)}`;
    const between = JSON.stringify({ id: '2401.00001', title: 'In Between', abstract: long('Another paper.') });
    const file = write('hold-chars.jsonl', [copy(long('Second version.'), { versions: versions(2) }), between, copy(long('Third version.'), { versions: versions(3) })].join('\n'));
    const byDefault = await collect([file], { maxLineBytes: 600 });
    expect(byDefault.problems[0]!.message).toMatch(/kept the newer, v3$/);
    const held = await collect([file], { maxLineBytes: 600, holdChars: 600 });
    expect(held.problems[0]!.message).toMatch(/kept the first$/);
  });

  it('holds back fewer papers when their text passes the limit, so that memory stays bounded', () => {
    const duplicates = new Duplicates(1000, 40);
    const paper = (abstract: string) => ({ id: '2106.99999', title: 'T', abstract, source: 'x' });
    expect(duplicates.add({ paper: paper('a'.repeat(30)), revision: { version: 2 } })).toBeUndefined();
    expect([...duplicates.release()]).toEqual([]);
    expect(duplicates.add({ paper: { ...paper('b'.repeat(30)), id: '2401.00001' } })).toBeUndefined();
    expect([...duplicates.release()].map((p) => p.id)).toEqual(['2106.99999']);
    expect(duplicates.add({ paper: paper('c'), revision: { version: 3 } })).toMatch(/kept the first$/);
    expect([...duplicates.release(true)].map((p) => p.id)).toEqual(['2401.00001']);
  });
});

describe('several files', () => {
  it('reads files in order and keeps the first of a paper read twice', async () => {
    const { papers, problems } = await collect([fixture('feed.xml'), fixture('papers.json')]);
    expect(papers.map((p) => p.id)).toEqual(['2407.01523', 'hep-th/9901001', titleId('No arXiv Identifier Here!')]);
    expect(papers[0]!.source).toBe(fixture('feed.xml'));
    expect(problems.filter((p) => p.severity === 'note')).toMatchObject([{ file: fixture('papers.json'), record: 1 }]);
  });
});
