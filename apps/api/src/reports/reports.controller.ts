import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { NotFoundError } from '../errors/not-found.error.js';
import { type ReportFormat, ReportsService } from './reports.service.js';

const FILE = /^(.+)\.(pdf|xlsx|json)$/;

/** Downloads of stored reports: `GET /api/reports/<id>.pdf|.xlsx|.json` with the bearer token. */
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly service: ReportsService) {}

  @Get(':file')
  async download(@CurrentViewer() viewer: Viewer, @Param('file') file: string, @Res() res: Response) {
    const match = FILE.exec(file);
    if (!match?.[1] || !match[2]) throw new NotFoundError('no such report file');
    const found = await this.service.download(viewer, match[1], match[2] as ReportFormat);
    res
      .status(200)
      .type(found.contentType)
      .attachment(found.fileName)
      // A report is personal to its funder: no shared cache may keep it.
      .set('cache-control', 'private, no-store')
      .send(Buffer.from(found.bytes));
  }
}
