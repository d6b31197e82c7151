import type { CallerIdentity } from '@jobbnatet/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestWithIdentity } from './identity.middleware';

/** The verified caller of a GraphQL operation (the identity middleware has refused everyone else). */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CallerIdentity => {
    const { req } = GqlExecutionContext.create(context).getContext<{ req: RequestWithIdentity }>();
    if (!req.identity) throw new Error('no verified identity on a GraphQL request');
    return req.identity;
  },
);
