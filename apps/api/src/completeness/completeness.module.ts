import { Module } from '@nestjs/common';

/** What project leads follow about the coordinators' entries: completeness per cohort, history, edit window, inviting a cohort's coordinators. */
@Module({ providers: [] })
export class CompletenessModule {}
