import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AppendOnly, appendOnlyTables } from './append-only';

@AppendOnly()
@Entity({ name: 'reads_log' })
class ReadsLog {
  @PrimaryColumn('uuid') id!: string;
}

@Entity({ name: 'thing' })
class Thing {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
}

describe('append-only entities', () => {
  it('names the tables of the entities marked @AppendOnly(), and only those', () => {
    expect(appendOnlyTables([Thing, ReadsLog])).toEqual(['reads_log']);
    expect(appendOnlyTables([Thing])).toEqual([]);
  });
});
