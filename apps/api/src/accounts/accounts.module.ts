import { Global, Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { AccountLinks } from './account-links.service.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsResolver } from './accounts.resolver.js';

/**
 * Accounts' self-service and the links mintq mails. Global: the user administration sends
 * invitations through AccountLinks.
 */
@Global()
@Module({
  imports: [MailModule],
  providers: [AccountsRepository, AccountLinks, AccountsResolver],
  exports: [AccountLinks],
})
export class AccountsModule {}
