import { registerDecorator, validateOrReject, ValidationArguments, ValidationError, ValidationOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { Dec } from './decimal';

/** The string must contain something other than white space. */
export function NotBlank(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'notBlank',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must not be empty`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0 },
    });
}

/** A decimal string that fits a column shape exactly: no rounding, no overflow; optionally not negative. */
export function DecimalFits(shape: { precision: number; scale: number }, opts: { min?: number } = {}, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'decimalFits',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must have at most ${shape.precision - shape.scale} digits before and ${shape.scale} after the decimal point` +
          (opts.min !== undefined ? ` and be at least ${opts.min}` : ''),
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (value == null) return true;
          let d;
          try {
            d = new Dec(String(value));
          } catch {
            return false;
          }
          if (opts.min !== undefined && d.lessThan(opts.min)) return false;
          return d.decimalPlaces() <= shape.scale && d.abs().lessThan(new Dec(10).pow(shape.precision - shape.scale));
        },
      },
    });
}

/** The options type-graphql's own argument validation gives class-validator. */
const ARG_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;

/**
 * Input objects arrive as instances of their input classes (type-graphql builds them), which carry
 * the validation rules; plain (or prototype-less) objects are JSON scalar values (a record of the record-access API),
 * which have none: looking their rules up per object cost a bulk write a measurable share.
 */
function validatable(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto !== Object.prototype && proto !== null;
}

/**
 * type-graphql's argument validation, the same rules and the same error (ArgumentValidationError
 * with `validationErrors`), without its per-call `require("class-validator")`, which showed in a
 * list query's profile. Objects and arrays of objects are validated; scalars carry no decorators.
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value) && !(Array.isArray(value) && value.some(validatable))) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validatable).map((v) => validateOrReject(v as object, ARG_OPTIONS)));
    else await validateOrReject(value as object, ARG_OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
