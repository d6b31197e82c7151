import { type DynamicModule, Module } from '@nestjs/common';
import { FunnelService } from '../funnel/funnel.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import { type ReportSection, reportSections } from './report-sections';
import { SnapshotsResolver } from './snapshots.resolver';
import { REPORT_SECTIONS, SnapshotsService } from './snapshots.service';

/** Report snapshots; the read models' services are stateless, so this module has its own. */
@Module({})
export class SnapshotsModule {
  static register(minGroupSize: number): DynamicModule {
    return {
      module: SnapshotsModule,
      providers: [
        { provide: MIN_GROUP_SIZE, useValue: minGroupSize },
        OutcomesService,
        FunnelService,
        ...reportSections,
        {
          provide: REPORT_SECTIONS,
          inject: reportSections,
          useFactory: (...sections: ReportSection[]) => sections,
        },
        SnapshotsService,
        SnapshotsResolver,
      ],
      exports: [SnapshotsService],
    };
  }
}
