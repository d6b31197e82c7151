import { Module } from '@nestjs/common';
import { ActivityCoreModule } from '../activities/activity-core.module';
import {
  AttendanceResolver,
  EnrolmentAttendanceResolver,
  OfferingAttendanceResolver,
  ParticipantAttendanceResolver,
  SessionAttendanceResolver,
} from './attendance.resolver';
import { AttendanceService } from './attendance.service';

/** The resolvers of the attendance part (their types join the subgraph's schema). */
export const attendanceResolvers = [
  AttendanceResolver,
  SessionAttendanceResolver,
  EnrolmentAttendanceResolver,
  OfferingAttendanceResolver,
  ParticipantAttendanceResolver,
];

/** Attendance per session, and attendance summaries of enrolments, offerings and participants. */
@Module({
  imports: [ActivityCoreModule],
  providers: [AttendanceService, ...attendanceResolvers],
})
export class AttendanceModule {}
