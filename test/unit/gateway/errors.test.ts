import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { formatGatewayError } from '../../../src/gateway/errors';
import { ErrorCode } from '../../../src/shared/errors';

/** Shapes one error and says what reached the log. */
function shape(formatted: GraphQLFormattedError, original?: unknown) {
  const logged: unknown[] = [];
  const out = formatGatewayError(formatted, (d) => logged.push(d), original);
  return { out, logged };
}

describe(formatGatewayError.name, () => {
  it('should pass our own codes through without stack or internal detail', () => {
    const { out, logged } = shape({
      message: 'Customer C1 does not exist',
      path: ['customer'],
      extensions: { code: ErrorCode.NOT_FOUND, stacktrace: ['at x'], serviceName: 'erp', exception: {} },
    });
    expect(out).toEqual({ message: 'Customer C1 does not exist', path: ['customer'], extensions: { code: ErrorCode.NOT_FOUND } });
    expect(logged).toEqual([]);
  });

  it.each([ApolloServerErrorCode.GRAPHQL_PARSE_FAILED, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND])(
    'should pass GraphQL own code %s through',
    (code) => {
      expect(shape({ message: 'Syntax Error', extensions: { code, stacktrace: [] } }).out).toEqual({ message: 'Syntax Error', extensions: { code } });
    },
  );

  it('should turn input coercion messages into BAD_USER_INPUT', () => {
    const { out } = shape({ message: 'Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(out.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('should flatten class-validator issues into one message and a field list, echoing no input', () => {
    const validationErrors = [
      { property: 'name', value: 'x'.repeat(300), constraints: { maxLength: 'name must be shorter than or equal to 100 characters' } },
      { property: 'lines', children: [{ property: '0', children: [{ property: 'quantity', constraints: { isPositive: 'quantity must be a positive number' } }] }] },
    ];
    const { out } = shape({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT', validationErrors } });
    expect(out.message).toBe('Invalid input: name must be shorter than or equal to 100 characters; quantity must be a positive number');
    expect(out.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      validationErrors: [
        { field: 'name', message: 'name must be shorter than or equal to 100 characters' },
        { field: 'lines.0.quantity', message: 'quantity must be a positive number' },
      ],
    });
    expect(JSON.stringify(out)).not.toContain('xxxx');
  });

  it("should call Apollo's codeless 4xx refusals BAD_REQUEST", () => {
    const { out } = shape({ message: 'provided sha does not match query', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, { extensions: { http: { status: 400 } } });
    expect(out.extensions?.code).toBe(ApolloServerErrorCode.BAD_REQUEST);
  });

  it('should hide anything unexpected behind a generic INTERNAL_SERVER_ERROR and log it', () => {
    const formatted = {
      message: 'SQLITE_BUSY: database is locked at /data/erp.sqlite',
      locations: [{ line: 1, column: 3 }],
      path: ['customers'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] },
    };
    const { out, logged } = shape(formatted);
    expect(out).toEqual({ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['customers'], extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    expect(logged).toEqual([formatted]);
  });
});
