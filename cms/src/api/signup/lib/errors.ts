import { ApiError } from '../../widget/lib/errors';
import type { FieldError } from '../form/validate';

/**
 * A refused sign-up: the widget API's error shape, plus every field that needs
 * fixing (`fields`), so the form can show each message at its field.
 */
export class SignupError extends ApiError {
  constructor(
    status: number,
    code: string,
    readonly fields: FieldError[],
  ) {
    super(status, code, fields[0]?.message ?? 'The sign-up was refused.', fields[0]?.parameter);
  }

  override toJSON() {
    const { error } = super.toJSON();
    return { error: { ...error, fields: this.fields } };
  }
}
