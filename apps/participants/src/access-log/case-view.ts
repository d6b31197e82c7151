import type { CallerIdentity } from '@jobbnatet/contracts';
import type { CaseFacts, Disclosure } from '../participants/participant-access';

/**
 * What the service decided about one participant for one request, kept beside the GraphQL object
 * so that every field resolver (the service's own and those of other modules: assessments, notes
 * …) discloses and audits by the same decision.
 */
export interface CaseView {
  readonly caller: CallerIdentity;
  readonly facts: CaseFacts;
  readonly disclosure: Disclosure;
  /** The request (GraphQL context): the key of per-request DataLoaders in field resolvers. */
  readonly request: object;
  /** Writes (batched per request) that `field` of this participant was read. */
  readonly audit: (field: string) => Promise<void>;
}

const views = new WeakMap<object, CaseView>();

export function attachCaseView<T extends object>(participant: T, view: CaseView): T {
  views.set(participant, view);
  return participant;
}

/** The decision made when the participant was loaded; none means a bug, so nothing is shown. */
export function caseViewOf(participant: object): CaseView {
  const view = views.get(participant);
  if (!view) throw new Error('a Participant reached a field resolver without its case view');
  return view;
}
