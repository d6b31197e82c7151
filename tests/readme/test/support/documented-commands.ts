/** Programs whose invocations in the README are commands a reader is told to run. */
const programs = /^(npm|pnpm|docker|curl)\s/;

/**
 * The commands a markdown text documents: each line of a ```sh block (comments dropped) and each
 * inline code span, that starts with one of `programs`. Placeholders (`<name>`) are not commands.
 */
export function documentedCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].flatMap((match) =>
    match[1]!.split('\n').map((line) => line.replace(/\s+#.*$/, '')),
  );
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);
  const commands = [...blocks, ...spans]
    .map((text) => text.trim())
    .filter((text) => programs.test(text) && !/<[^>]+>/.test(text));
  return [...new Set(commands)];
}
