import { InvalidNameError, nameForms, serviceNames, singularOf } from './names';

describe('service names', () => {
  it('derives every form of a kebab-case name', () => {
    expect(nameForms('job-tracks')).toEqual({
      kebab: 'job-tracks',
      camel: 'jobTracks',
      pascal: 'JobTracks',
      snake: 'job_tracks',
      constant: 'JOB_TRACKS',
      words: 'job tracks',
    });
  });

  it.each([
    ['employers', 'employer'],
    ['activities', 'activity'],
    ['job-tracks', 'job-track'],
    ['surveys', 'survey'],
  ])('derives the aggregate of %s as %s', (service, entity) => {
    expect(serviceNames(service).entity.kebab).toBe(entity);
  });

  it.each(['status', 'analysis', 'reporting'])(
    'asks for the aggregate name when %s has no plural form it can undo',
    (service) => {
      expect(singularOf(service)).toBeUndefined();
      expect(() => serviceNames(service)).toThrow(/--entity/);
    },
  );

  it('takes the aggregate name when given', () => {
    expect(serviceNames('reporting', 'report').entity.pascal).toBe('Report');
  });

  it.each([
    'Employers',
    'job_tracks',
    'job--tracks',
    '-jobs',
    'jobs-',
    '2jobs',
    'jobs!',
    '',
    'a'.repeat(41),
  ])('refuses %j, which is not kebab-case', (name) => {
    expect(() => serviceNames(name)).toThrow(InvalidNameError);
  });

  it('refuses an aggregate name that is not kebab-case', () => {
    expect(() => serviceNames('reporting', 'Report')).toThrow(/entity name "Report"/);
  });

  it('refuses the names of what already exists beside the services', () => {
    expect(() => serviceNames('gateway')).toThrow(/reserved/);
  });

  it('refuses an aggregate named like the service', () => {
    expect(() => serviceNames('reporting', 'reporting')).toThrow(/must differ/);
  });
});
