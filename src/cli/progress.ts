/**
 * A progress line on stderr ("extract  1234/5000  24%  812/s  eta 5s"), redrawn in place on a
 * terminal and printed at most every few seconds otherwise, so that piped stdout stays clean.
 */
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private readonly tty = Boolean(process.stderr.isTTY);
  // Off a terminal the first line waits its turn too: a run shorter than that prints only the final line.
  private lastDraw = this.tty ? 0 : this.started;

  constructor(
    private readonly label: string,
    private readonly total?: number,
    private readonly unit = 'items',
  ) {}

  tick(count = 1): void {
    this.done += count;
    const now = Date.now();
    if (now - this.lastDraw >= (this.tty ? 100 : 5000)) {
      this.lastDraw = now;
      this.draw(false);
    }
  }

  /**
   * A message line on stderr (a problem, not progress: shown under PAPERGRAPH_QUIET too). On a
   * terminal the progress line is cleared first and drawn again below the message, so neither
   * overwrites the other.
   */
  note(line: string): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`${line}\n`);
    if (this.tty && this.done > 0) this.draw(false);
  }

  finish(): void {
    // Nothing was done (every file refused): the problems say why; a "0 papers" line adds nothing.
    if (this.done === 0) {
      if (this.tty) process.stderr.write('\r\x1b[2K');
      return;
    }
    this.draw(true);
  }

  private draw(final: boolean): void {
    if (process.env.PAPERGRAPH_QUIET) return;
    const seconds = Math.max((Date.now() - this.started) / 1000, 1e-3);
    const rate = this.done / seconds;
    const unit = this.done === 1 && !this.total ? this.unit.replace(/s$/, '') : this.unit;
    const parts = [this.label, this.total ? `${this.done}/${this.total} ${unit}` : `${this.done} ${unit}`];
    if (this.total) parts.push(`${Math.floor((100 * this.done) / this.total)}%`);
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
    if (this.total && !final && rate > 0) parts.push(`eta ${Math.ceil((this.total - this.done) / rate)}s`);
    if (final) parts.push(`in ${seconds.toFixed(1)}s`);
    const line = parts.join('  ');
    if (this.tty) process.stderr.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else if (final || this.done > 0) process.stderr.write(`${line}\n`);
  }
}
