import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from './generate-service';
import { serviceNames } from './names';
import { renderText, templateValues } from './render';

/**
 * Participants is the example every service follows. Generated for its own names, the scaffold's
 * skeleton must give back participants' files exactly; when the kit changes how a service starts,
 * wires or prints its schema, this fails until the templates follow.
 */
const skeleton = [
  'src/main.ts',
  'src/app.module.ts',
  'src/print-schema.ts',
  'src/schema.spec.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'jest.config.js',
  'eslint.config.mjs',
];

const values = templateValues(serviceNames('participants', 'participant'), 0);
const participantsDir = join(__dirname, '../../../apps/participants');

describe('the scaffold builds services the way participants is built', () => {
  it.each(skeleton)('renders %s for participants exactly as participants has it', (file) => {
    const template = join(templatesDir, 'apps/__serviceKebab__', `${file}.tpl`);
    const rendered = renderText(readFileSync(template, 'utf8'), values, file);
    expect(rendered).toBe(readFileSync(join(participantsDir, file), 'utf8'));
  });
});
