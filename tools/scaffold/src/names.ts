/**
 * The forms of a service's name that the templates need. A service is named in the plural, kebab
 * case (`job-tracks`); its aggregate is the singular (`job-track`), derived or given.
 */
export interface NameForms {
  kebab: string;
  camel: string;
  pascal: string;
  snake: string;
  constant: string;
  /** Lower-case words, for prose: `job track`. */
  words: string;
}

export interface ServiceNames {
  service: NameForms;
  entity: NameForms;
}

export class InvalidNameError extends Error {
  override name = 'InvalidNameError';
}

const kebabCase = /^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$/;
/** Names that already mean something in the repository or to the tools. */
const reserved = new Set(['gateway', 'service', 'services', 'app', 'apps', 'test', 'tests']);

export function nameForms(kebab: string): NameForms {
  const words = kebab.split('-');
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const pascal = words.map(capitalise).join('');
  return {
    kebab,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    pascal,
    snake: words.join('_'),
    constant: words.join('_').toUpperCase(),
    words: words.join(' '),
  };
}

/** `employers` → `employer`, `activities` → `activity`; undefined when no rule fits. */
export function singularOf(plural: string): string | undefined {
  if (/[^aeiou]ies$/.test(plural)) return `${plural.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(plural)) return undefined;
  if (/s$/.test(plural)) return plural.slice(0, -1);
  return undefined;
}

function checkKebab(what: string, name: string): void {
  if (!kebabCase.test(name) || name.length > 40) {
    throw new InvalidNameError(
      `${what} "${name}" must be kebab-case: lower-case words of letters and digits joined by hyphens, starting with a letter, at most 40 characters (e.g. job-tracks)`,
    );
  }
}

/**
 * Validates a service name (and the optional aggregate name) and derives every form. Whether the
 * service already exists is checked by the generator against the repository.
 */
export function serviceNames(service: string, entity?: string): ServiceNames {
  checkKebab('service name', service);
  if (reserved.has(service)) throw new InvalidNameError(`"${service}" is reserved`);
  const singular = entity ?? singularOf(service);
  if (!singular) {
    throw new InvalidNameError(
      `cannot derive the aggregate's singular name from "${service}": give it with --entity <name>`,
    );
  }
  checkKebab('entity name', singular);
  if (singular === service) {
    throw new InvalidNameError(
      `the aggregate "${singular}" must differ from the service name (the service is plural)`,
    );
  }
  return { service: nameForms(service), entity: nameForms(singular) };
}
