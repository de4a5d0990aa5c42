/**
 * Old links keep working: parameter renames applied to each key before parsing, oldest first, so a
 * chain of renames (a → b → c) resolves in one pass. Add a line here whenever a param is renamed;
 * never reuse a retired name for something else.
 */

export interface ParamRename {
  from: string;
  to: string;
  /** Why the old name exists, for whoever reads this list next. */
  why: string;
}

export const PARAM_RENAMES: readonly ParamRename[] = [
  { from: 'cluster', to: 'c', why: 'first prototype named the cluster list in full' },
  { from: 'clusters', to: 'c', why: 'first prototype, plural spelling' },
  { from: 'l', to: 'lang', why: 'first prototype abbreviated the language' },
  { from: 'pairings', to: 'pairs', why: 'layer toggle was renamed with the 2023 pairing list' },
];

// A link pasted through HTML (an email, a CMS) often arrives with `&amp;` for `&`, leaving
// `amp;lang=en`; a key can never legitimately start with it.
const HTML_ESCAPED_AMP = /^(?:amp;)+/;

/**
 * The current name for a param as written in a link.
 * @example migrateKey('cluster') === 'c'; migrateKey('amp;lang') === 'lang'
 */
export function migrateKey(key: string): string {
  let current = key.replace(HTML_ESCAPED_AMP, '');
  for (const rename of PARAM_RENAMES) if (current === rename.from) current = rename.to;
  return current;
}
