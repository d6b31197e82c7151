import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openDataSource } from '../../src/database/open-data-source';
import { runtimeUrl } from '../../src/database/runtime-role';
import {
  dropDatabase,
  quietLogger,
  serverUrl,
  sqlAsOwner,
  testDatabaseName,
  testMigration,
} from '../support/environment';

const tables = testMigration([
  'CREATE TABLE access_log (id bigserial PRIMARY KEY, viewer text NOT NULL)',
  'CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)',
]);

function start(database: string, options: { appendOnly?: string[]; server?: string } = {}) {
  return openDataSource({
    serverUrl: options.server ?? serverUrl,
    database,
    entities: [],
    migrations: [tables],
    appendOnly: options.appendOnly ?? ['access_log'],
    logger: quietLogger,
  });
}

const permissionDenied = { code: '42501' };

async function currentUser(dataSource: DataSource): Promise<string> {
  const [row] = (await dataSource.query('SELECT current_user AS name')) as [{ name: string }];
  return row.name;
}

describe('the runtime role', () => {
  const database = testDatabaseName();
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await start(database);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(database);
  });

  it("runs the service's sessions as the database's runtime role", async () => {
    expect(await currentUser(dataSource)).toBe(`${database}_app`);
  });

  it("runs a connection of its own, such as the relay's session, as the runtime role too", async () => {
    const session = new Client({ connectionString: runtimeUrl(serverUrl, database) });
    await session.connect();
    try {
      const { rows } = await session.query('SELECT current_user AS name');
      expect(rows).toEqual([{ name: `${database}_app` }]);
    } finally {
      await session.end();
    }
  });

  it('adds rows to an append-only table and reads them', async () => {
    await dataSource.query("INSERT INTO access_log (viewer) VALUES ('officer')");
    expect(await dataSource.query('SELECT viewer FROM access_log')).toEqual([
      { viewer: 'officer' },
    ]);
  });

  it('refuses to update, delete or truncate an append-only table', async () => {
    await dataSource.query("INSERT INTO access_log (viewer) VALUES ('analyst')");
    await expect(dataSource.query("UPDATE access_log SET viewer = 'nobody'")).rejects.toMatchObject(
      permissionDenied,
    );
    await expect(dataSource.query('DELETE FROM access_log')).rejects.toMatchObject(
      permissionDenied,
    );
    await expect(dataSource.query('TRUNCATE access_log')).rejects.toMatchObject(permissionDenied);
  });

  it('updates and deletes rows of an ordinary table', async () => {
    await dataSource.query("INSERT INTO note VALUES (1, 'draft')");
    await dataSource.query("UPDATE note SET body = 'final' WHERE id = 1");
    expect(await dataSource.query('SELECT body FROM note')).toEqual([{ body: 'final' }]);
    await dataSource.query('DELETE FROM note');
    expect(await dataSource.query('SELECT body FROM note')).toEqual([]);
  });

  it('cannot change the schema', async () => {
    await expect(dataSource.query('DROP TABLE note')).rejects.toMatchObject(permissionDenied);
    await expect(
      dataSource.query('ALTER TABLE access_log DROP COLUMN viewer'),
    ).rejects.toMatchObject(permissionDenied);
    await expect(dataSource.query('CREATE TABLE shadow (id int)')).rejects.toMatchObject(
      permissionDenied,
    );
  });

  it('takes back, at the next start, an UPDATE granted by hand', async () => {
    await sqlAsOwner(database, `GRANT UPDATE, DELETE ON access_log TO ${database}_app`);
    await dataSource.query("UPDATE access_log SET viewer = 'tampered' WHERE false");

    const again = await start(database);
    try {
      await expect(again.query("UPDATE access_log SET viewer = 'tampered'")).rejects.toMatchObject(
        permissionDenied,
      );
      await expect(dataSource.query('DELETE FROM access_log')).rejects.toMatchObject(
        permissionDenied,
      );
    } finally {
      await again.destroy();
    }
  });

  it('refuses to start when appendOnly names a table the database does not have', async () => {
    await expect(start(database, { appendOnly: ['access_log', 'audit_trail'] })).rejects.toThrow(
      /audit_trail/,
    );
  });
});

describe('starting on a fresh database', () => {
  it('succeeds for two instances at once', async () => {
    const database = testDatabaseName();
    let instances: DataSource[] = [];
    try {
      instances = await Promise.all([start(database), start(database)]);
      for (const instance of instances) {
        expect(await currentUser(instance)).toBe(`${database}_app`);
      }
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
      await dropDatabase(database);
    }
  });

  it('succeeds as an owner that is not a superuser: it grants itself the role it creates', async () => {
    const database = testDatabaseName();
    const owner = `owner_${database}`;
    const password = randomUUID();
    await sqlAsOwner(
      'postgres',
      `CREATE ROLE ${owner} LOGIN CREATEDB CREATEROLE PASSWORD '${password}'`,
    );
    const server = new URL(serverUrl);
    server.username = owner;
    server.password = password;
    try {
      const instance = await start(database, { server: server.toString() });
      try {
        expect(await currentUser(instance)).toBe(`${database}_app`);
        await expect(instance.query('DELETE FROM access_log')).rejects.toMatchObject(
          permissionDenied,
        );
      } finally {
        await instance.destroy();
      }
    } finally {
      await dropDatabase(database);
      await sqlAsOwner('postgres', `DROP ROLE ${owner}`);
    }
  });
});
