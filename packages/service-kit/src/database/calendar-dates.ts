import { types } from 'pg';

/**
 * A PostgreSQL `date` is a calendar day, not an instant: read it as its `YYYY-MM-DD` text, as
 * TypeORM's own date columns do, instead of a JavaScript Date at some time zone's midnight.
 */
types.setTypeParser(types.builtins.DATE, (value: string) => value);
