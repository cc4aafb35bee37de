import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { EventsModule } from '../events/events.module.js';
import { GoalsModule } from '../goals/goals.module.js';
import { ReachModule } from '../reach/reach.module.js';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { ItemDistributionsModule } from '../surveys/item-distributions.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { ReportPdfRenderer } from './report-pdf.renderer.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

/**
 * Funder reports: `generateFunderReport`, `reports` and the downloads under /api/reports. A
 * report is an extract of the funder's release, which the feature modules compute.
 */
@Module({
  imports: [
    ScopeModule,
    ReleasesModule,
    ReachModule,
    CohortsModule,
    GoalsModule,
    SurveysModule,
    ItemDistributionsModule,
    EventsModule,
  ],
  controllers: [ReportsController],
  providers: [
    ReportsRepository,
    ReportsService,
    ReportsResolver,
    // A plain class with options: the one browser of the process lives (and closes) with the app.
    { provide: ReportPdfRenderer, useFactory: () => new ReportPdfRenderer() },
  ],
  exports: [ReportsService],
})
export class ReportsModule {}
