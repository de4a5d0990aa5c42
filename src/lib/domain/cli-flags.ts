/**
 * The flag handling the scout and compare CLIs share: each takes a few flags of its own and passes
 * the rest (the subsidy CLI's project flags) on to `parseCli`. Pure.
 */

export type SplitFlags<K extends string> =
  | {
      ok: true;
      help: boolean;
      /** Own flags with a value, trimmed; each at most once. */
      own: Partial<Record<K, string>>;
      /** Own switches given (no value). */
      switches: Set<string>;
      /** Everything else, in order, for `parseCli`. */
      rest: string[];
    }
  | { ok: false; error: string };

/**
 * Splits `argv` into the caller's own `--flag value` / `--flag=value` pairs and switches, and the
 * rest. A flag in `refuse` ends parsing with its message.
 * @example splitFlags(['--cluster', '汽车', '--csv', '--equipment', '1亿'], ['cluster'], ['csv'])
 *   // → { own: { cluster: '汽车' }, switches: {'csv'}, rest: ['--equipment', '1亿'] }
 */
export function splitFlags<K extends string>(
  argv: readonly string[],
  flags: readonly K[],
  switchNames: readonly string[] = [],
  refuse: Readonly<Record<string, string>> = {},
): SplitFlags<K> {
  const own: Partial<Record<K, string>> = {};
  const switches = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true, own, switches, rest };
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') ? arg.slice(2, eq < 0 ? undefined : eq) : '';
    if (flag in refuse) return { ok: false, error: refuse[flag]! };
    if (switchNames.includes(flag) && eq < 0) {
      switches.add(flag);
      continue;
    }
    if (!(flags as readonly string[]).includes(flag)) {
      rest.push(arg);
      continue;
    }
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value.trim() === '' || value.startsWith('--'))
      return { ok: false, error: `--${flag} needs a value` };
    if (own[flag as K] !== undefined) return { ok: false, error: `--${flag} is given twice` };
    own[flag as K] = value.trim();
  }
  return { ok: true, help: false, own, switches, rest };
}
