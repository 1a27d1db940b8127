// Money: exact minor units (bigint), parsing, formatting, quantities, percentages, rounding.
export * from './rounding';
export * from './parse-amount';
export * from './format-amount';
export * from './quantity';
