/**
 * What the subcommands (`flink-memory`, `advise`, `diff`) share when reading their arguments: the
 * usage error (exit 2), the walk over `argv` that hands each flag a `next()` for its value, and
 * the `--lang` check.
 */

/** A mistake in the command line: printed with the usage, exit status 2. */
export class UsageError extends Error {}

/** The languages of the CLI's text output. */
export type Lang = 'en' | 'zh';

/**
 * Calls `on(flag, next)` for each argument in order; `next()` takes the argument after the flag
 * as its value, or fails with "`flag` needs a value". `on` returns true to stop (e.g. `--help`).
 * Returns whether it stopped.
 */
export function walkArgs(argv: readonly string[], on: (flag: string, next: () => string) => boolean | void): boolean {
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${t} needs a value`);
      return v;
    };
    if (on(t, next) === true) return true;
  }
  return false;
}

/** The value of `--lang`, checked. */
export function langArg(l: string): Lang {
  if (l !== 'en' && l !== 'zh') throw new UsageError(`--lang must be en or zh, got '${l}'`);
  return l;
}
