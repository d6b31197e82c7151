import type { DataSource } from 'typeorm';
import { openDataSource } from '../../src/database/open-data-source';
import { preparedQuery, statementName } from '../../src/database/prepared-statements';
import {
  dropDatabase,
  quietLogger,
  serverUrl,
  sqlAsOwner,
  testDatabaseName,
  testMigration,
} from '../support/environment';

const tables = testMigration([
  'CREATE TABLE person (id int PRIMARY KEY, office text NOT NULL, name text NOT NULL)',
  "INSERT INTO person VALUES (1, 'af-solna', 'Ida'), (2, 'af-solna', 'Omar'), (3, 'af-kista', 'Li')",
]);

const byOffice = 'SELECT id, name FROM person WHERE office = $1 ORDER BY id';

describe('prepared statements', () => {
  const database = testDatabaseName();
  let dataSource: DataSource;

  beforeAll(async () => {
    // One connection, so that what it has prepared can be read back on it.
    dataSource = await openDataSource({
      serverUrl,
      database,
      entities: [],
      migrations: [tables],
      logger: quietLogger,
      poolSize: 1,
    });
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(database);
  });

  it('answers with the rows, for each set of values', async () => {
    const query = preparedQuery(dataSource);

    expect(await query(byOffice, ['af-solna'])).toEqual([
      { id: 1, name: 'Ida' },
      { id: 2, name: 'Omar' },
    ]);
    expect(await query(byOffice, ['af-kista'])).toEqual([{ id: 3, name: 'Li' }]);
  });

  it('prepares a text once on a connection, as the runtime role, and reuses it', async () => {
    const query = preparedQuery(dataSource);
    await query(byOffice, ['af-solna']);
    await query(byOffice, ['af-kista']);

    const prepared = (await dataSource.query(
      'SELECT name, statement, current_user AS role FROM pg_prepared_statements WHERE name = $1',
      [statementName(byOffice)],
    )) as { statement: string; role: string }[];

    expect(prepared).toEqual([
      { name: statementName(byOffice), statement: byOffice, role: `${database}_app` },
    ]);
  });

  it('keeps answering after a migration adds a column to a table it reads', async () => {
    const query = preparedQuery(dataSource);
    await query(byOffice, ['af-solna']);

    await sqlAsOwner(database, 'ALTER TABLE person ADD COLUMN phone text');

    expect(await query(byOffice, ['af-kista'])).toEqual([{ id: 3, name: 'Li' }]);
  });

  it('refuses a select list with *, before anything reaches the database', async () => {
    const query = preparedQuery(dataSource);

    await expect(query('SELECT * FROM person WHERE id = $1', [1])).rejects.toThrow(
      'a prepared statement names its columns',
    );
    await expect(query('SELECT p.*, 1 AS one FROM person p WHERE id = $1', [1])).rejects.toThrow(
      'a prepared statement names its columns',
    );
    expect(
      await query('SELECT count(*)::int AS n FROM person WHERE office = $1', ['af-solna']),
    ).toEqual([{ n: 2 }]);
  });
});
