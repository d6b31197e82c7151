import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A municipality's referral of a person to an Arbetsförmedlingen office. The identity number, the
 * person's details and the free-text reason are stored encrypted, bound to this row; after the
 * linked participant's erasure they are null.
 */
@Entity({ name: 'referral' })
export class ReferralEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('char', { name: 'from_municipality_code', length: 4 })
  fromMunicipalityCode!: string;

  @Column('text', { name: 'to_office_id' })
  toOfficeId!: string;

  @Column('text', { name: 'identity_number_encrypted', nullable: true })
  identityNumberEncrypted!: string | null;

  /** Keyed hash of the canonical number; not unique: a person may be referred more than once. */
  @Column('text', { name: 'identity_number_index', nullable: true })
  identityNumberIndex!: string | null;

  /** Names, home municipality, phone and e-mail as one encrypted JSON document. */
  @Column('text', { name: 'person_encrypted', nullable: true })
  personEncrypted!: string | null;

  @Column('text', { name: 'reason_encrypted', nullable: true })
  reasonEncrypted!: string | null;

  @Column('text', { default: 'PENDING' })
  status!: string;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason!: string | null;

  @Column('uuid', { name: 'participant_id', nullable: true })
  participantId!: string | null;

  @Column('uuid', { name: 'referred_by' })
  referredBy!: string;

  @Column('timestamptz', { name: 'referred_at' })
  referredAt!: Date;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;
}
