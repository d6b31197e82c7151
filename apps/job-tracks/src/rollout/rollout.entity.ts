import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/* The method rollout's tables, written with explicit SQL in RolloutService; mapped for the kit. */

@Entity({ name: 'rollout_target' })
export class RolloutTargetEntity {
  @PrimaryColumn('text', { name: 'county_code' })
  countyCode!: string;
}

@Entity({ name: 'rollout_office' })
export class RolloutOfficeEntity {
  @PrimaryColumn('text', { name: 'office_id' })
  officeId!: string;
}

/** Support given to an office: kept as recorded. */
@AppendOnly()
@Entity({ name: 'rollout_support' })
export class RolloutSupportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: string;
}

/** A dated adoption assessment: kept, the latest one counts. */
@AppendOnly()
@Entity({ name: 'adoption_assessment' })
export class AdoptionAssessmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  level!: string;
}
