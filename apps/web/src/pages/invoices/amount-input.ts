import { parseAmount } from '@simplifaq/swiss/money';
import { ApiError } from '../../api/api-error';
import type { Currency } from '../../api/documents';

/**
 * An amount as typed in a dialog (`1'100.-`, `20,50`) in minor units; what cannot be read is
 * reported like the API's own field errors, so the dialog shows it beside the input.
 */
export function parseAmountInput(text: string, currency: Currency, field = 'amount'): bigint {
  try {
    return parseAmount(text, { field, currency });
  } catch {
    throw new ApiError({ status: 400, code: 'AMOUNT_INVALID', message: 'AMOUNT_INVALID', field });
  }
}
