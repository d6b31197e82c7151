import { type Access, groupedLoader, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import { noAttendance, type AttendanceSummary, summarise } from './attendance-rules';
import type { AttendanceEntryModel } from './attendance.model';
import type { AttendanceService, SummaryGrouping } from './attendance.service';

// Per-request loaders, each scoped to the caller: a batch of keys is one SQL query, and what the
// caller may not read counts as nothing.

const bySession = Symbol('attendance by session');
const summaryOwners: Record<SummaryGrouping, symbol> = {
  enrolment: Symbol('attendance summary by enrolment'),
  offering: Symbol('attendance summary by offering'),
  participant: Symbol('attendance summary by participant'),
};

export function sessionAttendanceLoader(
  access: Access,
  service: AttendanceService,
): DataLoader<string, AttendanceEntryModel[]> {
  return groupedLoader(
    access.request,
    bySession,
    (ids: readonly string[]) => service.bySessions(access, ids),
    (entry) => entry.sessionId,
  );
}

export function attendanceSummaryLoader(
  access: Access,
  service: AttendanceService,
  grouping: SummaryGrouping,
): DataLoader<string, AttendanceSummary> {
  return perRequest(
    access.request,
    summaryOwners[grouping],
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const counts = await service.counts(access, grouping, ids);
        return ids.map((id) => summarise(counts.get(id.toLowerCase()) ?? noAttendance));
      }),
  );
}
