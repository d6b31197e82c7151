import { Create{{entityPascal}}{{migrationTimestamp}} } from './{{migrationTimestamp}}-Create{{entityPascal}}';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [Create{{entityPascal}}{{migrationTimestamp}}];
