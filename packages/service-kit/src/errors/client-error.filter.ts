import { DomainError } from '@jobbnatet/domain-core';
import { Catch, type ExceptionFilter } from '@nestjs/common';

/**
 * A `DomainError` is the client's mistake, answered with a typed 4xx-class error: handed to GraphQL
 * as it is, not logged as a failure of the service (Nest's default handler logs every exception).
 */
@Catch(DomainError)
export class ClientErrorFilter implements ExceptionFilter<DomainError> {
  catch(error: DomainError): DomainError {
    return error;
  }
}
