export * from './numbering/number-pattern';
