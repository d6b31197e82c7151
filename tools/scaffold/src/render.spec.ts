import { serviceNames } from './names';
import { templatesDir } from './generate-service';
import { renderPath, renderText, renderTree, TemplateError, templateValues } from './render';

const values = templateValues(serviceNames('job-tracks'), 1764460800000);

describe('templates', () => {
  it('offers every form of the service and aggregate names', () => {
    expect(values).toMatchObject({
      serviceKebab: 'job-tracks',
      serviceCamel: 'jobTracks',
      serviceConstant: 'JOB_TRACKS',
      entityPascal: 'JobTrack',
      entitySnake: 'job_track',
      entityWords: 'job track',
      eventType: 'job-track.created',
      migrationTimestamp: '1764460800000',
    });
  });

  it('fills placeholders in a file', () => {
    expect(renderText('export class {{entityPascal}}Entity {}', values, 'x')).toBe(
      'export class JobTrackEntity {}',
    );
  });

  it('refuses a placeholder it does not know, naming the template', () => {
    expect(() => renderText('{{entityPlural}}', values, 'a/b.ts.tpl')).toThrow(
      new TemplateError('a/b.ts.tpl: unknown placeholder "entityPlural"'),
    );
  });

  it('fills placeholders in a path and drops the .tpl suffix', () => {
    expect(renderPath('apps/__serviceKebab__/src/__entityKebab__.entity.ts.tpl', values)).toBe(
      'apps/job-tracks/src/job-track.entity.ts',
    );
  });

  it('leaves GraphQL double underscores in file contents alone', () => {
    expect(renderText("{ __typename: '{{entityPascal}}' }", values, 'x')).toBe(
      "{ __typename: 'JobTrack' }",
    );
  });

  it('renders every template shipped with the scaffold without an unknown placeholder', () => {
    const files = renderTree(templatesDir, values);
    expect(files.map((file) => file.path)).toContain('apps/job-tracks/src/app.module.ts');
    for (const file of files) expect(file.content).not.toContain('{{');
  });
});
