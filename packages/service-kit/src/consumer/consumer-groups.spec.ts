import { defineEvent, type Topic } from '@jobbnatet/contracts';
import { z } from 'zod';
import { consumerGroups } from './consumer-groups';
import type { EventHandler } from './inbox-consumer';

const noted = defineEvent('test.thing-noted', 1, 'test.things' as Topic, { thingId: z.uuid() });
const handler = (readModel?: string): EventHandler => ({
  event: noted,
  ...(readModel === undefined ? {} : { readModel }),
  handle: async () => undefined,
});

describe('consumer groups per read model', () => {
  it('keeps handlers without a read model in the service group and gives each read model its own', () => {
    const plain = handler();
    const outcomes = handler('outcomes');
    const funnel = handler('funnel');
    const groups = consumerGroups('reporting', [plain, outcomes, funnel, handler('outcomes')]);
    expect([...groups.keys()]).toEqual(['reporting', 'reporting.outcomes', 'reporting.funnel']);
    expect(groups.get('reporting')).toEqual([plain]);
    expect(groups.get('reporting.outcomes')).toHaveLength(2);
    expect(groups.get('reporting.funnel')).toEqual([funnel]);
  });

  it('refuses a read model name that is not kebab-case, since it becomes part of topic names', () => {
    expect(() => consumerGroups('reporting', [handler('Outcomes')])).toThrow(/kebab-case/);
    expect(() => consumerGroups('reporting', [handler('out comes')])).toThrow(/kebab-case/);
  });
});
