import { formatIban } from '@simplifaq/swiss/iban';
import type { TFunction } from 'i18next';
import type { AuditEvent } from '../../api/audit';
import type { Role } from '../../api/auth';
import type { Messages } from '../../i18n/locales/fr';

type EventKey = keyof Messages['auditLog']['events'];
type Values = Record<string, string>;
type Data = Record<string, unknown>;

export interface AuditTextContext {
  t: TFunction;
  /** An amount in minor units with its currency, in the UI's locale. */
  money: (minor: string, currency?: string) => string;
  /** The same without currency, for events that do not record it. */
  amount: (minor: string) => string;
  /** The name of a member of the organisation, for events about one (role changed). */
  memberName: (userId: string) => string | undefined;
  /** The name of an API token (revoked ones too), for what an integration did. */
  tokenName: (tokenId: string) => string | undefined;
  /** "a, b and c" in the UI language. */
  list: (items: string[]) => string;
}

/**
 * What the sentence needs of an event: an audit log entry, or an entry of the dashboard's recent
 * activity (which names the actor only).
 */
export type DescribedEvent = Pick<AuditEvent, 'action' | 'actorUserId' | 'targetType' | 'targetId' | 'data'> & { actor: { name: string } | null };

export interface AuditText {
  text: string;
  /** What an update changed ("Modifié : Raison sociale et NPA"), when the event records it. */
  details: string | undefined;
  /** The document the event is about, when there is a page for it. */
  link: string | undefined;
}

const ROLES: readonly string[] = ['owner', 'admin', 'member', 'accountant'] satisfies Role[];

const text = (data: Data, key: string): string => {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** The labels the settings forms give the fields that `organisation.updated` and `bank_account.updated` record. */
const FIELD_LABELS = {
  name: 'organisation.fields.name',
  street: 'organisation.fields.street',
  buildingNumber: 'organisation.fields.buildingNumber',
  postalCode: 'organisation.fields.postalCode',
  town: 'organisation.fields.town',
  country: 'organisation.fields.country',
  email: 'organisation.fields.email',
  phone: 'organisation.fields.phone',
  website: 'organisation.fields.website',
  uid: 'organisation.vat.uid',
  vatRegistered: 'onboarding.titles.vat',
  vatMethod: 'organisation.vat.method',
  netTaxRateBp: 'organisation.vat.netTaxRate',
  language: 'settings.documentLanguage',
  currency: 'editor.fields.currency',
  numberingPattern: 'settings.tabs.numbering',
  creditNotePattern: 'settings.tabs.numbering',
  quotePattern: 'settings.tabs.numbering',
  paymentTermDays: 'settings.paymentTermDays',
  envelopeWindow: 'settings.envelopeWindow',
  label: 'bank.label',
  iban: 'bank.iban',
  qrrPrefix: 'auditLog.qrrPrefix',
  isDefault: 'settings.bankDefault',
} as const;

function changedFields(data: Data, c: AuditTextContext): string | undefined {
  if (!Array.isArray(data.fields)) return undefined;
  const labels = data.fields.map((field) => (typeof field === 'string' && Object.hasOwn(FIELD_LABELS, field) ? c.t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]) : String(field)));
  const unique = [...new Set(labels)];
  return unique.length ? c.t('auditLog.changed', { fields: c.list(unique) }) : undefined;
}

/**
 * Each action the API writes (docs/api-organisation.md, "Audit log", and the invoicing use cases)
 * as a sentence key and its values from `data`. An action missing here reads as `other`.
 */
const SENTENCES: Record<string, (data: Data, c: AuditTextContext, event: DescribedEvent) => [EventKey, Values]> = {
  'auth.login': () => ['auth_login', {}],
  'organisation.created': () => ['organisation_created', {}],
  'organisation.updated': () => ['organisation_updated', {}],
  'organisation.logo_changed': () => ['organisation_logo_changed', {}],
  'organisation.logo_removed': () => ['organisation_logo_removed', {}],
  'bank_account.created': (d) => ['bank_account_created', { iban: formatIban(text(d, 'iban')) }],
  'bank_account.updated': (d) => ['bank_account_updated', { iban: formatIban(text(d, 'iban')) }],
  'bank_account.deleted': (d) => ['bank_account_deleted', { iban: formatIban(text(d, 'iban')) }],
  'member.added': (d, c) => ['member_added', { role: roleWord(c.t, d.role) }],
  'member.role_changed': (d, c, event) => {
    const target = event.targetId ? c.memberName(event.targetId) : undefined;
    const values = { from: roleWord(c.t, d.from), to: roleWord(c.t, d.to) };
    return target ? ['member_role_changed', { ...values, target }] : ['member_role_changed_unknown', values];
  },
  'member.removed': (d) => (d.left === true ? ['member_left', {}] : ['member_removed', { email: text(d, 'email') }]),
  'invitation.created': (d, c) => ['invitation_created', { email: text(d, 'email'), role: roleWord(c.t, d.role) }],
  'invitation.revoked': (d) => ['invitation_revoked', { email: text(d, 'email') }],
  'invitation.accepted': (d) => ['invitation_accepted', { email: text(d, 'email') }],
  'api_token.created': (d, c) => ['api_token_created', { name: text(d, 'name'), role: roleWord(c.t, d.role) }],
  'api_token.revoked': (d) => ['api_token_revoked', { name: text(d, 'name') }],
  'invoice.issued': (d, c) => ['invoice_issued', { number: text(d, 'number'), amount: minor(d, 'totalPayable', c, text(d, 'currency')) }],
  'invoice.credit_note_issued': (d) => ['invoice_credit_note_issued', { number: text(d, 'number') }],
  'invoice.cancelled': (d) => ['invoice_cancelled', { number: text(d, 'number') }],
  'invoice.payment_recorded': (d, c) => ['invoice_payment_recorded', { number: text(d, 'number'), amount: minor(d, 'amount', c, text(d, 'currency')) }],
  'quote.sent': (d) => ['quote_sent', { number: text(d, 'number') }],
  'quote.accepted': (d) => ['quote_accepted', { number: text(d, 'number') }],
  'quote.declined': (d) => ['quote_declined', { number: text(d, 'number') }],
  'quote.converted': (d) => ['quote_converted', { number: text(d, 'number') }],
  'reminder.issued': (d) => ['reminder_issued', { number: text(d, 'number'), level: text(d, 'level') }],
};

function roleWord(t: TFunction, role: unknown): string {
  return typeof role === 'string' && ROLES.includes(role) ? t(`auditLog.roles.${role as Role}`) : String(role ?? '');
}

function minor(data: Data, key: string, c: AuditTextContext, currency: string): string {
  const value = text(data, key);
  if (!/^-?\d+$/.test(value)) return '';
  return currency ? c.money(value, currency) : c.amount(value);
}

/** Who did it: a person, an integration (API token), a since deleted user, or the system. */
function actorName(c: AuditTextContext, event: DescribedEvent, data: Data): string {
  const { t } = c;
  if (event.actor) return event.actor.name;
  if (typeof data.apiTokenId === 'string') {
    const name = c.tokenName(data.apiTokenId);
    return name ? t('auditLog.actor.namedIntegration', { name }) : t('auditLog.actor.integration');
  }
  if (event.actorUserId) return t('auditLog.actor.deleted');
  return t('auditLog.actor.system');
}

function linkOf(event: DescribedEvent, data: Data): string | undefined {
  if (event.action === 'invoice.credit_note_issued' && typeof data.creditNoteId === 'string') return `/invoices/${data.creditNoteId}`;
  if (event.targetType === 'invoice' && event.targetId) return `/invoices/${event.targetId}`;
  if (event.targetType === 'quote' && event.targetId) return `/quotes/${event.targetId}`;
  return undefined;
}

/** An audit event in words, in the UI language: "Anna Muster a émis la facture 2026-0042 (CHF 1 374.00)". */
export function describeAuditEvent(event: DescribedEvent, context: AuditTextContext): AuditText {
  const data: Data = typeof event.data === 'object' && event.data !== null ? (event.data as Data) : {};
  const actor = actorName(context, event, data);
  const sentence = Object.hasOwn(SENTENCES, event.action) ? SENTENCES[event.action] : undefined;
  const [key, values]: [EventKey, Values] = sentence ? sentence(data, context, event) : ['other', { action: event.action }];
  return { text: context.t(`auditLog.events.${key}`, { ...values, actor }), details: changedFields(data, context), link: linkOf(event, data) };
}

/** The families of actions the log can be filtered by (`?action=member.*`). */
export const ACTION_FAMILIES = ['auth', 'organisation', 'bank_account', 'member', 'invitation', 'api_token', 'invoice', 'reminder', 'quote'] as const;
