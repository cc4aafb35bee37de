import { Module } from '@nestjs/common';
import { UserAdminRepository } from '../users/user-admin.repository.js';
import { CompletenessRepository } from './completeness.repository.js';
import { CompletenessResolver } from './completeness.resolver.js';
import { CompletenessService } from './completeness.service.js';

/**
 * What project leads follow about the coordinators' entries: completeness per cohort, history,
 * edit window, inviting a cohort's coordinators. Invitations are the users module's rows
 * (UserAdminRepository) mailed by AccountLinks (the global AccountsModule).
 */
@Module({
  providers: [CompletenessRepository, UserAdminRepository, CompletenessService, CompletenessResolver],
})
export class CompletenessModule {}
