import { paperFromRecord } from './fields.js';
import type { FormatReader } from './format.js';
import { jsonError } from './json.js';
import { formatBytes, notUtf8, readLines } from './lines.js';

/** One JSON record per line, streamed: memory is bounded by the longest line, never the file. */
export const readJsonLines: FormatReader = async function* ({ name: file, chunks }, report, limits) {
  let record = 0;
  for await (const line of readLines(chunks, limits.maxLineBytes)) {
    if (!line.ok) {
      const why =
        line.reason === 'not-utf8'
          ? notUtf8(file)
          : `is ${formatBytes(line.bytes)}, longer than the ${formatBytes(limits.maxLineBytes)} a record may take`;
      report({ line: line.number, message: `line ${why}; skipped`, severity: 'skipped' });
      continue;
    }
    if (line.text.trim() === '') continue;
    record++;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      report({ line: line.number, record, message: `invalid JSON (${jsonError(error, line.text).message}); skipped`, severity: 'skipped' });
      continue;
    }
    const result = paperFromRecord(value, file);
    if ('reason' in result) report({ line: line.number, record, message: result.reason, severity: 'skipped' });
    else yield { ...result, line: line.number, record };
  }
};
