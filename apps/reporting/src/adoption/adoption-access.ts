/**
 * Where a rollout office belongs, for the scope condition; `o` is adoption_office. Process leaders
 * reach the offices they coach, case workers the offices serving their municipality; the rollout
 * is AF's, so an employer reaches no office (the cast only types the unused parameter).
 */
export const officeScopeColumns = {
  office: 'o.office_id',
  municipality: (p: string) => `${p} = ANY(o.municipality_codes)`,
  coach: (p: string) => `${p}::uuid = ANY(o.process_leader_ids)`,
  employer: (p: string) => `${p}::uuid IS NULL`,
};
