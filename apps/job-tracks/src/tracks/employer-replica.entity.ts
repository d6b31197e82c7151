import { Entity, PrimaryColumn } from 'typeorm';

// The employers replica's tables (written with explicit SQL; mapped for the kit).

@Entity({ name: 'employer_replica' })
export class EmployerReplicaEntity {
  @PrimaryColumn('uuid', { name: 'employer_id' })
  employerId!: string;
}

@Entity({ name: 'competence_need_replica' })
export class CompetenceNeedReplicaEntity {
  @PrimaryColumn('uuid', { name: 'need_id' })
  needId!: string;
}

@Entity({ name: 'competence_profile_replica' })
export class CompetenceProfileReplicaEntity {
  @PrimaryColumn('uuid', { name: 'profile_id' })
  profileId!: string;
}

export const employerReplicaEntities = [
  EmployerReplicaEntity,
  CompetenceNeedReplicaEntity,
  CompetenceProfileReplicaEntity,
];
