import type { Role } from '@jobbnatet/contracts';

/**
 * The embedded dev issuer's users: one per role, plus a second officer at another office so scope
 * rules can be tried from both sides. The ids are stable so seeds and tests can refer to them.
 */
export interface DevUser {
  username: string;
  name: string;
  userId: string;
  role: Role;
  officeId?: string;
  municipalityCode?: string;
  employerId?: string;
  providerId?: string;
}

/**
 * The demo region's officers at its other track offices (tools/demo-region): development logins
 * like the others, so the seed acts through the API as the staff of each office.
 */
const regionOfficers: readonly DevUser[] = [
  ['botkyrka', 'Amir Haddad', '0127'],
  ['huddinge', 'Ulla Sjöberg', '0126'],
  ['kista', 'Dawit Tesfay', '0180'],
  ['haninge', 'Petra Holmgren', '0136'],
].map(([place, name, code]) => ({
  username: `officer_${place}`,
  name: name!,
  userId: `11111111-1111-4111-8111-11111111${code!}`,
  role: 'officer' as const,
  officeId: `af-${place}`,
}));

export const devUsers: readonly DevUser[] = [
  {
    username: 'officer',
    name: 'Anna Lindqvist',
    userId: '11111111-1111-4111-8111-111111111111',
    role: 'officer',
    officeId: 'af-sodertalje',
  },
  {
    username: 'officer_solna',
    name: 'Erik Berg',
    userId: '22222222-2222-4222-8222-222222222222',
    role: 'officer',
    officeId: 'af-solna',
  },
  {
    username: 'municipal_case_worker',
    name: 'Maria Johansson',
    userId: '33333333-3333-4333-8333-333333333333',
    role: 'municipal_case_worker',
    // Södertälje kommun
    municipalityCode: '0181',
  },
  {
    username: 'case_worker_botkyrka',
    name: 'Leyla Demir',
    userId: '33333333-3333-4333-8333-333333330127',
    role: 'municipal_case_worker',
    // Botkyrka kommun: approves the demo region's closed track for the municipality.
    municipalityCode: '0127',
  },
  {
    username: 'process_leader',
    name: 'Karin Nilsson',
    userId: '44444444-4444-4444-8444-444444444444',
    role: 'process_leader',
    // Coaches the Södertälje office in adopting the method: sees its job tracks.
    officeId: 'af-sodertalje',
  },
  {
    username: 'employer_contact',
    name: 'Johan Andersson',
    userId: '55555555-5555-4555-8555-555555555555',
    role: 'employer_contact',
    employerId: 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1',
  },
  {
    username: 'provider_staff',
    name: 'Nadia Karlsson',
    userId: '88888888-8888-4888-8888-888888888888',
    role: 'provider_staff',
    providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
  },
  {
    username: 'analyst',
    name: 'Sara Holm',
    userId: '66666666-6666-4666-8666-666666666666',
    role: 'analyst',
  },
  {
    username: 'admin',
    name: 'Lars Ek',
    userId: '77777777-7777-4777-8777-777777777777',
    role: 'admin',
  },
  ...regionOfficers,
];

export function findDevUser(username: string): DevUser | undefined {
  return devUsers.find((user) => user.username === username);
}
