import { parseEntityRef } from '@backstage/catalog-model';
import { FORMER_USER_REF } from '@devex-governance/backstage-plugin-devex-common';

const FORMER_USER_PATH = '/catalog/default/user/former-user';

const escapeRegExp = (value: string) =>
  value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Not inside a longer name: no name character before, none (nor `.x`) after. */
const bounded = (pattern: string, after = '') =>
  new RegExp(
    `(?<![A-Za-z0-9_-])${pattern}(?![A-Za-z0-9_${after}-]|\\.[A-Za-z0-9_-])`,
    'gi',
  );

/** How a user entity ref is written in JSON and free text, and what replaces each form. */
export interface PersonMentions {
  /** The full ref, lower case (`user:default/jane`). */
  ref: string;
  /** The name alone, lower case: every form contains it (for a LIKE prefilter). */
  name: string;
  /** The text with every mention of the person replaced by the former-user marker. */
  replace(text: string): string;
}

/**
 * The forms of a person's ref: `user:ns/name`, `user:name` in the default namespace, and catalog
 * page paths `/catalog/ns/user/name`, each only where it is not part of a longer name.
 */
export function personMentions(userEntityRef: string): PersonMentions {
  const { kind, namespace, name } = parseEntityRef(
    userEntityRef.toLocaleLowerCase('en-US'),
  );
  const ref = `${kind}:${namespace}/${name}`;
  const forms: Array<[RegExp, string]> = [
    [
      bounded(`${escapeRegExp(kind)}:${escapeRegExp(`${namespace}/${name}`)}`),
      FORMER_USER_REF,
    ],
    [
      new RegExp(
        `/catalog/${escapeRegExp(
          `${namespace}/${kind}/${name}`,
        )}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_-])`,
        'gi',
      ),
      FORMER_USER_PATH,
    ],
  ];
  if (namespace === 'default') {
    forms.push([
      bounded(`${escapeRegExp(kind)}:${escapeRegExp(name)}`, '/'),
      FORMER_USER_REF,
    ]);
  }
  return {
    ref,
    name,
    replace: text =>
      forms.reduce(
        (current, [pattern, replacement]) =>
          current.replace(pattern, replacement),
        text,
      ),
  };
}
