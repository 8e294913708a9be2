/**
 * A parameter value typed by a person (CLI `--param k=v`, the console's parameter fields):
 * JSON when it parses (5, true, null, [1,2], {"a":1}, "quoted"), else the text itself, so
 * `LongBench` needs no quotes. Pure, so the CLI and the browser share it.
 */
export function paramValueFromText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
