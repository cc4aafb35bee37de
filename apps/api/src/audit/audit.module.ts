import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** `auditLog`, `mailOutbox` and `GET /api/audit.csv`: what happened, for admins. */
@Module({ controllers: [AuditController], providers: [AuditRepository, AuditService, AuditResolver] })
export class AuditModule {}
