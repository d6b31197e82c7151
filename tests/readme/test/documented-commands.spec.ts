import { documentedCommands } from './support/documented-commands';

describe('reading the commands a README documents', () => {
  it('takes shell block lines without comments and inline spans, once each, placeholders aside', () => {
    const markdown = [
      '```sh',
      'npm start   # the whole platform',
      'npm test',
      '```',
      'Then `pnpm build`, `pnpm lint` and `npm run bench <name>`; `JOBBNATET_KAFKA_PORT` is a variable,',
      'and `npm start` again, `curl -s localhost:4000/x`.',
    ].join('\n');
    expect(documentedCommands(markdown)).toEqual([
      'npm start',
      'npm test',
      'pnpm build',
      'pnpm lint',
      'curl -s localhost:4000/x',
    ]);
  });
});
