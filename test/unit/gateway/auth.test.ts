import { authenticate, isLoopback } from '../../../src/gateway/auth';
import { hasRole, roleAuthChecker } from '../../../src/shared/auth';
import type { Role } from '../../../src/shared/config';
import { ErrorCode, errorCodeOf } from '../../../src/shared/errors';

const keys = {
  apiKeys: new Map<string, Role>([
    ['viewer-key-1', 'viewer'],
    ['admin-key-1', 'admin'],
  ]),
};
const none = { apiKeys: new Map<string, Role>() };

describe(authenticate.name, () => {
  it('should serve loopback callers with full rights when no key is configured, and refuse others', () => {
    expect(authenticate(none, undefined, '127.0.0.1')).toEqual({ ok: true, role: 'admin', principal: 'loopback' });
    expect(authenticate(none, undefined, '::ffff:127.0.0.1')).toMatchObject({ ok: true });
    expect(authenticate(none, undefined, '10.0.0.5')).toMatchObject({ ok: false, status: 403, code: ErrorCode.FORBIDDEN });
  });

  it('should take the role of a valid bearer key, case-insensitive scheme, from any address', () => {
    expect(authenticate(keys, 'Bearer admin-key-1', '10.0.0.5')).toEqual({ ok: true, role: 'admin', principal: 'admin-key-1' });
    expect(authenticate(keys, '  bearer viewer-key-1 ', '127.0.0.1')).toMatchObject({ ok: true, role: 'viewer' });
  });

  it('should refuse a missing or unknown key with 401, even from loopback', () => {
    expect(authenticate(keys, undefined, '127.0.0.1')).toMatchObject({
      ok: false,
      status: 401,
      code: ErrorCode.UNAUTHENTICATED,
      message: expect.stringContaining('An API key is required'),
    });
    expect(authenticate(keys, 'Bearer wrong-key', '127.0.0.1')).toMatchObject({ ok: false, status: 401, message: 'The API key is not valid' });
    expect(authenticate(keys, 'Basic YWRtaW4=', '127.0.0.1')).toMatchObject({ ok: false, status: 401 });
    expect(authenticate(keys, { not: 'a string' }, '127.0.0.1')).toMatchObject({ ok: false, status: 401 });
  });
});

describe(isLoopback.name, () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['128.0.0.1', false],
    [undefined, false],
  ])('should say %s is loopback: %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

describe(hasRole.name, () => {
  it('should rank viewer < operator < admin', () => {
    expect(hasRole('admin', 'operator')).toBe(true);
    expect(hasRole('operator', 'operator')).toBe(true);
    expect(hasRole('viewer', 'operator')).toBe(false);
  });
});

describe('roleAuthChecker', () => {
  // The checker is a plain function (type-graphql's type also allows a class).
  const checker = roleAuthChecker as Extract<typeof roleAuthChecker, (...args: never[]) => unknown>;
  const check = (role: Role, roles: string[]) => checker({ context: { role }, root: {}, args: {}, info: {} as never }, roles);

  it('should let a role at or above the required one through', () => {
    expect(check('admin', ['operator'])).toBe(true);
    expect(check('viewer', [])).toBe(true);
  });

  it('should refuse a weaker role with FORBIDDEN naming both roles', () => {
    let error: unknown;
    try {
      check('viewer', ['admin']);
    } catch (e) {
      error = e;
    }
    expect(errorCodeOf(error)).toBe(ErrorCode.FORBIDDEN);
    expect((error as Error).message).toBe('This needs the admin role; the API key used has the viewer role');
  });
});
