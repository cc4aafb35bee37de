import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'mintq:isPublic';

/**
 * Opens a resolver or controller to callers without a session. Everything else needs a
 * valid token (AuthGuard is global): a new endpoint is closed unless someone opens it here.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
