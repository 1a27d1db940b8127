// @simplifaq/invoicing — the use cases of SimpliFaq's documents, shared by the API and the
// operators' commands. Every function takes the Prisma client (or an open transaction) and the
// organisation it acts for; none reads the environment.
export * from './numbering/number-pattern';
export * from './numbering/number-pattern-overlap';
export * from './numbering/allocate-document-number';
export * from './numbering/reference-room';
export * from './shared/invoicing-error';
export * from './shared/db-client';
export * from './shared/actor';
export * from './shared/calendar';
export * from './shared/tva-rates';
export * from './shared/keyed-limiter';
export * from './lines/document-line';
export * from './lines/resolve-lines';
export * from './lines/calculate-document';
export * from './invoices/invoice-types';
export * from './invoices/create-invoice-draft';
export * from './invoices/update-invoice-draft';
export * from './invoices/get-invoice';
export * from './invoices/list-invoices';
export * from './invoices/issued-document';
export * from './invoices/issue-invoice';
export * from './invoices/credit-note-lines';
export * from './invoices/create-credit-note';
export * from './payments/record-payment';
export * from './reminders/reminder-rules';
export * from './reminders/reminder-fees';
export * from './reminders/issue-reminder';
export * from './reminders/list-reminders';
export * from './quotes/quote-types';
export * from './quotes/quote-drafts';
export * from './quotes/quote-lifecycle';
