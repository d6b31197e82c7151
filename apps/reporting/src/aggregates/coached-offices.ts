/**
 * The offices the user in `param` (a uuid) coaches: the rollout's process leaders, kept by the
 * adoption read model (`adoption_office`). Who coaches whom is reference data about the rollout,
 * not a figure, so every read model's coach scope reads this one table (ADR 0027).
 */
export const coachedOffices = (param: string) =>
  `ARRAY(SELECT c.office_id FROM adoption_office c WHERE ${param}::uuid = ANY(c.process_leader_ids))`;
