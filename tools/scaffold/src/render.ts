import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { NameForms, ServiceNames } from './names';

/** What a template may refer to: `{{entityPascal}}` in a file, `__entityKebab__` in a path. */
export type TemplateValues = Readonly<Record<string, string>>;

export interface RenderedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

const nameFormKeys = [
  'kebab',
  'camel',
  'pascal',
  'snake',
  'constant',
  'words',
] as const satisfies readonly (keyof NameForms)[];

export function templateValues(names: ServiceNames, migrationTimestamp: number): TemplateValues {
  const values: Record<string, string> = {
    eventType: `${names.entity.kebab}.created`,
    migrationTimestamp: String(migrationTimestamp),
  };
  for (const prefix of ['service', 'entity'] as const) {
    for (const form of nameFormKeys) {
      values[`${prefix}${form.charAt(0).toUpperCase()}${form.slice(1)}`] = names[prefix][form];
    }
  }
  return values;
}

function substitute(text: string, pattern: RegExp, values: TemplateValues, origin: string): string {
  return text.replace(pattern, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new TemplateError(`${origin}: unknown placeholder "${key}"`);
    return value;
  });
}

/** Replaces every `{{name}}`; an unknown name is an error, never left in the output. */
export function renderText(text: string, values: TemplateValues, origin: string): string {
  return substitute(text, /\{\{(\w+)\}\}/g, values, origin);
}

/** Replaces every `__name__` in a template's path and drops its `.tpl` suffix. */
export function renderPath(path: string, values: TemplateValues): string {
  if (!path.endsWith('.tpl')) throw new TemplateError(`${path}: a template's name ends in .tpl`);
  return substitute(path.slice(0, -'.tpl'.length), /__(\w+?)__/g, values, path);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file under `templatesDir` (which mirrors the repository's layout), rendered. */
export function renderTree(templatesDir: string, values: TemplateValues): RenderedFile[] {
  return listFiles(templatesDir)
    .sort()
    .map((file) => {
      const origin = relative(templatesDir, file);
      return {
        path: renderPath(origin, values),
        content: renderText(readFileSync(file, 'utf8'), values, origin),
      };
    });
}
