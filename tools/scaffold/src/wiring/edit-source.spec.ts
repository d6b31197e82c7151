import { addImport, appendListItem, WiringError } from './edit-source';

describe('source edits at anchors', () => {
  const list = /(const names = \[)([^\]]*)(\];)/;

  it('appends to a one-line list', () => {
    expect(appendListItem("const names = ['a'];", list, "'b'", 'f.ts')).toBe(
      "const names = ['a', 'b'];",
    );
  });

  it('appends to a multi-line list with a trailing comma, one item a line', () => {
    expect(appendListItem("const names = [\n  'a',\n  'b',\n];", list, "'c'", 'f.ts')).toBe(
      "const names = [\n  'a',\n  'b',\n  'c',\n];",
    );
  });

  it('keeps the spaces inside braces', () => {
    const exports = /(export \{)([^}]*)(\} from '\.\/x';)/;
    expect(appendListItem("export { a, b } from './x';", exports, 'c', 'f.ts')).toBe(
      "export { a, b, c } from './x';",
    );
  });

  it('appends to an empty list', () => {
    expect(appendListItem('const names = [];', list, "'a'", 'f.ts')).toBe("const names = ['a'];");
  });

  it('refuses an item that is already listed', () => {
    expect(() => appendListItem("const names = ['a'];", list, "'a'", 'f.ts')).toThrow(
      /'a' is already listed/,
    );
  });

  it('names the file when the anchor has moved', () => {
    expect(() => appendListItem('const other = [];', list, "'a'", 'f.ts')).toThrow(
      new WiringError(`f.ts: ${list} not found`),
    );
  });

  it('adds an import after the last one, multi-line imports included', () => {
    const source = "import { a } from './a';\nimport {\n  b,\n} from './b';\n\nconst x = 1;\n";
    expect(addImport(source, "import { c } from './c';", 'f.ts')).toBe(
      "import { a } from './a';\nimport {\n  b,\n} from './b';\nimport { c } from './c';\n\nconst x = 1;\n",
    );
  });
});
