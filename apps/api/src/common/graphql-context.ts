import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer.js';

/** The context of every GraphQL operation (built in create-app.ts from Apollo's express integration). */
export interface GraphqlContext {
  req: Request;
  res: Response;
  /** The signed-in user, set by the auth guard before any non-public resolver runs. */
  viewer?: Viewer;
}
