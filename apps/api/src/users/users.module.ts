import { Module } from '@nestjs/common';
import { UserAdminRepository } from './user-admin.repository.js';
import { UserAdminService } from './user-admin.service.js';
import { UsersResolver } from './users.resolver.js';

/**
 * The user administration: `users`, invitations, roles, deactivation (see UserAdminService for
 * who may). Invitations are mailed by AccountLinks (the global AccountsModule).
 */
@Module({
  providers: [UserAdminRepository, UserAdminService, UsersResolver],
})
export class UsersModule {}
