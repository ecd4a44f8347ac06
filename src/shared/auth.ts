import { AuthChecker } from 'type-graphql';
import { ROLES, Role } from './config';
import { ErrorCode, TandemError } from './errors';

/** The part of the request context every subgraph reads for authorization. */
export interface AuthContext {
  role: Role;
}

/** True when `role` has at least the rights of `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/**
 * type-graphql auth checker for `@Authorized('operator')` / `@Authorized('admin')`.
 * Authentication happens earlier, in the gateway; here only the role is compared.
 */
export const roleAuthChecker: AuthChecker<AuthContext> = ({ context }, roles) => {
  const required = (roles[0] as Role | undefined) ?? 'viewer';
  if (hasRole(context.role, required)) return true;
  throw new TandemError(ErrorCode.FORBIDDEN, `This needs the ${required} role; the API key used has the ${context.role} role`);
};
