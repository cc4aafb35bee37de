import type { ImportFormatFile } from '@mintq/contract';
import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { BadRequestError } from '../errors/bad-request.error.js';
import { ImportStopped } from '../import/import-budget.js';
import { importFormat } from './import-format.js';
import { ImportUploadService } from './import-upload.service.js';

/** `?dryRun=true|false`; absent means a real import. */
export function parseDryRun(value: unknown): boolean {
  return parseFlag('dryRun', value);
}

/** A `true|false` query parameter; absent means false. */
export function parseFlag(name: string, value: unknown): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new BadRequestError(`${name} must be true or false`);
}

/**
 * `POST /api/imports?dryRun=true|false&overwriteAppEntries=true|false` (operations.md; the
 * second: also replace rows entered in the app, which are otherwise refused): a multipart upload of one `.zip`
 * bundle or its `.csv` files; the answer is the import report. Only the `Authorization:
 * Bearer` header signs a request in (the API sets no cookies), so a cross-site form post,
 * which cannot send that header, is refused with 401 before a byte of its body is read.
 */
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly uploads: ImportUploadService) {}

  /** `GET /api/imports/format`: the bundle's files and columns, for the import page's guide and templates. */
  @Get('format')
  @Can('importData')
  format(): { files: ImportFormatFile[] } {
    return { files: importFormat() };
  }

  @Post()
  @Can('importData')
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @CurrentViewer() viewer: Viewer,
    @Query('dryRun') dryRun: unknown,
    @Query('overwriteAppEntries') overwriteAppEntries: unknown,
  ): Promise<void> {
    const dry = parseDryRun(dryRun);
    const overwrite = parseFlag('overwriteAppEntries', overwriteAppEntries);
    const left = new AbortController();
    // The response's 'close' before it was sent is a client that went away. (The request's own
    // 'close' comes as soon as its body is read, which says nothing about the client.)
    res.once('close', () => {
      if (!res.writableFinished)
        left.abort(new ImportStopped('the client went away before the import ended', 'client_left'));
    });
    const { status, report } = await this.uploads.importUpload(req, viewer, dry, left.signal, overwrite);
    res.status(status).setHeader('cache-control', 'no-store').json(report);
  }
}
