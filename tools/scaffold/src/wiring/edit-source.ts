/**
 * Small, checked edits of TypeScript source at known anchors. Each edit fails loudly, naming the
 * file, when its anchor has moved, rather than writing a half-wired service.
 */
export class WiringError extends Error {
  override name = 'WiringError';
}

/**
 * Appends `item` to the comma-separated list that `pattern` captures in its second group (the
 * first and third are what surrounds it): `[a, b]` → `[a, b, item]`, in the list's own layout.
 */
export function appendListItem(
  source: string,
  pattern: RegExp,
  item: string,
  origin: string,
): string {
  const match = pattern.exec(source);
  if (!match || match.length < 4) throw new WiringError(`${origin}: ${pattern} not found`);
  const [whole, before, list, after] = match as unknown as [string, string, string, string];
  const items = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (items.includes(item)) throw new WiringError(`${origin}: ${item} is already listed`);
  const all = [...items, item];
  // Keep the list's layout: one item a line, or all on one line with or without inner spaces.
  const indent = /\n([ \t]*)\S/.exec(list)?.[1] ?? '  ';
  const closingIndent = /\n([ \t]*)$/.exec(list)?.[1] ?? '';
  const spacing = list.startsWith(' ') ? ' ' : '';
  const body = list.includes('\n')
    ? `\n${all.map((entry) => `${indent}${entry},`).join('\n')}\n${closingIndent}`
    : `${spacing}${all.join(', ')}${spacing}`;
  const updated = `${before}${body}${after}`;
  return source.slice(0, match.index) + updated + source.slice(match.index + whole.length);
}

/** Adds an import line after the file's last import. */
export function addImport(source: string, importLine: string, origin: string): string {
  const imports = [...source.matchAll(/^import [\s\S]*?from '[^']+';\n/gm)];
  const last = imports.at(-1);
  if (!last) throw new WiringError(`${origin}: no import to add ${importLine} after`);
  const end = last.index + last[0].length;
  return `${source.slice(0, end)}${importLine}\n${source.slice(end)}`;
}
