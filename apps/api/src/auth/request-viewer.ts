import type { ExecutionContext } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { GraphqlContext } from '../common/graphql-context.js';
import type { Viewer } from './viewer.js';

/** The HTTP request behind a resolver or controller call, and the GraphQL context if any. */
export function requestOf(context: ExecutionContext): {
  req: Request;
  res: Response;
  graphql: GraphqlContext | null;
} {
  if (context.getType<GqlContextType>() === 'graphql') {
    const graphql = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    return { req: graphql.req, res: graphql.res, graphql };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<Request>(), res: http.getResponse<Response>(), graphql: null };
}

// Keyed by the request object, so it is gone with the request and cannot be forged by a header.
const viewers = new WeakMap<Request, Viewer>();

export function setRequestViewer(req: Request, viewer: Viewer): void {
  viewers.set(req, viewer);
}

/** The viewer AuthGuard established for this request, if it did. */
export function requestViewer(req: Request): Viewer | undefined {
  return viewers.get(req);
}
