export { testEnvelope as envelope } from '@jobbnatet/subgraph-testing';

/** The user id the tests record events as. */
export const recorder = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';
