import { registerDecorator, ValidationOptions, ValidationArguments } from 'class-validator';
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
