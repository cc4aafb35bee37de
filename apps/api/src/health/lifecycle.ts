import { Injectable } from '@nestjs/common';

/**
 * Whether the process is stopping: from the first SIGTERM on, `/readyz` answers 503 so that a
 * load balancer sends new requests elsewhere while the ones in flight finish.
 */
@Injectable()
export class Lifecycle {
  stopping = false;
}
