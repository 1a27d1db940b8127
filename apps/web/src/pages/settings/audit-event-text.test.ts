import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../api/audit';
import { createI18n } from '../../i18n/i18n';
import { formatAmount, formatMoney } from '../../i18n/format';
import { LANGUAGES, localeOf } from '../../i18n/languages';
import { describeAuditEvent } from './audit-event-text';

const at = '2026-03-17T09:30:00Z';
const base = { id: 'e', actor: { id: 'u1', name: 'Anna Muster', email: 'anna@example.ch' }, actorUserId: 'u1', targetType: null, targetId: null, data: null, ip: null, userAgent: null, createdAt: at };

// Every action the API writes, with the data it records (docs/api-organisation.md and the invoicing use cases).
const EVENTS: Partial<AuditEvent>[] = [
  { action: 'auth.login' },
  { action: 'organisation.created' },
  { action: 'organisation.updated', data: { fields: ['name'] } },
  { action: 'organisation.logo_changed', data: { mimeType: 'image/png' } },
  { action: 'organisation.logo_removed' },
  { action: 'bank_account.created', data: { iban: 'CH4431999123000889012', isDefault: true } },
  { action: 'bank_account.updated', data: { fields: ['label'], iban: 'CH4431999123000889012' } },
  { action: 'bank_account.deleted', data: { iban: 'CH4431999123000889012' } },
  { action: 'member.added', targetType: 'user', targetId: 'u2', data: { role: 'member', invitationId: 'i1' } },
  { action: 'member.role_changed', targetType: 'user', targetId: 'u2', data: { from: 'member', to: 'admin' } },
  { action: 'member.role_changed', targetType: 'user', targetId: 'gone', data: { from: 'admin', to: 'accountant' } },
  { action: 'member.removed', targetType: 'user', targetId: 'u2', data: { role: 'member', email: 'marc@example.ch', left: false } },
  { action: 'member.removed', targetType: 'user', targetId: 'u1', data: { role: 'member', email: 'anna@example.ch', left: true } },
  { action: 'invitation.created', data: { email: 'marc@example.ch', role: 'accountant', replaced: false } },
  { action: 'invitation.revoked', data: { email: 'marc@example.ch', role: 'accountant' } },
  { action: 'invitation.accepted', data: { email: 'marc@example.ch', role: 'accountant' } },
  { action: 'api_token.created', data: { name: 'ERP', role: 'member', tokenPrefix: 'sfq_Ab12Cd' } },
  { action: 'api_token.revoked', data: { name: 'ERP', tokenPrefix: 'sfq_Ab12Cd' } },
  { action: 'invoice.issued', targetType: 'invoice', targetId: 'i1', data: { number: '2026-0042', totalPayable: '137400', currency: 'EUR', reference: null } },
  { action: 'invoice.credit_note_issued', targetType: 'invoice', targetId: 'i1', data: { creditNoteId: 'c1', number: 'NC-2026-0001', totalPayable: '137400', originalStatus: 'issued' } },
  { action: 'invoice.cancelled', targetType: 'invoice', targetId: 'i1', data: { creditNoteId: 'c1', number: '2026-0042' } },
  { action: 'invoice.payment_recorded', targetType: 'invoice', targetId: 'i1', data: { paymentId: 'p1', number: '2026-0042', amount: '50000', amountPaid: '50000', status: 'partially_paid' } },
  { action: 'reminder.issued', targetType: 'invoice', targetId: 'i1', data: { reminderId: 'r1', number: '2026-0042', level: 2, fee: '2000', amountDue: '139400', dueDate: '2026-04-01' } },
  { action: 'quote.sent', targetType: 'quote', targetId: 'q1', data: { number: 'OF-2026-0007' } },
  { action: 'quote.accepted', targetType: 'quote', targetId: 'q1', data: { number: 'OF-2026-0007' } },
  { action: 'quote.declined', targetType: 'quote', targetId: 'q1', data: { number: 'OF-2026-0007' } },
  { action: 'quote.converted', targetType: 'quote', targetId: 'q1', data: { number: 'OF-2026-0007', invoiceId: 'i1' } },
];

async function describer(language: (typeof LANGUAGES)[number]) {
  const i18n = await createI18n(language);
  const locale = localeOf(language);
  const context = {
    t: i18n.t,
    money: (minor: string, currency?: string) => formatMoney(minor, locale, currency),
    amount: (minor: string) => formatAmount(minor, locale),
    memberName: (userId: string) => (userId === 'u2' ? 'Marc Rochat' : undefined),
    tokenName: (tokenId: string) => (tokenId === 't2' ? 'Export ERP' : undefined),
    list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
  };
  return (event: Partial<AuditEvent>) => describeAuditEvent({ ...base, ...event } as AuditEvent, context);
}

describe('audit events in words', () => {
  it.each(LANGUAGES)('has a complete sentence for every action the API writes (%s)', async (language) => {
    const say = await describer(language);
    const other = say({ action: 'something.new' }).text;
    for (const event of EVENTS) {
      const { text } = say(event);
      expect(text, event.action).not.toBe(other.replace('something.new', event.action ?? ''));
      expect(text, event.action).not.toMatch(/\{\{|\(\)|«\s*»|“\s*”|\s{2}|\s$/);
      expect(text.startsWith('Anna Muster') || text.endsWith('Anna Muster'), text).toBe(true);
    }
  });

  it('names who acted when there is no person: an integration, a deleted user or the system', async () => {
    const say = await describer('fr');
    expect(say({ action: 'invoice.cancelled', actor: null, actorUserId: null, data: { number: '2026-0042', apiTokenId: 't1' } }).text).toBe(
      'Une intégration (jeton d’API) a annulé la facture 2026-0042',
    );
    expect(say({ action: 'quote.accepted', actor: null, actorUserId: null, data: { number: 'OF-2026-0007', apiTokenId: 't2' } }).text).toBe(
      'L’intégration « Export ERP » a marqué l’offre OF-2026-0007 comme acceptée',
    );
    expect(say({ action: 'organisation.logo_removed', actor: null, actorUserId: 'u9' }).text).toBe('Un utilisateur supprimé a supprimé le logo');
    expect(say({ action: 'organisation.updated', actor: null, actorUserId: null }).text).toBe('SimpliFaq a modifié le profil de l’entreprise');
    expect(say({ action: 'something.new' }).text).toBe('Anna Muster · something.new');
  });

  it('writes amounts with their currency, roles in words and links to the document', async () => {
    const say = await describer('it');
    expect(say(EVENTS[18] as AuditEvent)).toEqual({ text: "Anna Muster ha emesso la fattura 2026-0042 (EUR\u00a01'374.00)", details: undefined, link: '/invoices/i1' });
    expect(say(EVENTS[19] as AuditEvent).link).toBe('/invoices/c1');
    expect(say(EVENTS[9] as AuditEvent).text).toBe('Anna Muster ha cambiato il ruolo di Marc Rochat da «membro» a «amministratore»');
    expect(say(EVENTS[10] as AuditEvent).text).toBe('Anna Muster ha cambiato il ruolo di un membro da «amministratore» a «contabile»');
    expect(say(EVENTS[23] as AuditEvent).link).toBe('/quotes/q1');
  });

  it('lists what an update changed, by the labels of the settings forms', async () => {
    const fr = await describer('fr');
    expect(fr({ action: 'organisation.updated', data: { fields: ['name', 'postalCode', 'numberingPattern', 'quotePattern', 'vatRegistered'] } }).details).toBe(
      'Modifié : Raison sociale, NPA, Numérotation et Statut TVA',
    );
    const de = await describer('de');
    expect(de({ action: 'bank_account.updated', data: { fields: ['label', 'qrrPrefix'], iban: 'CH4431999123000889012' } })).toEqual({
      text: 'Anna Muster hat das Bankkonto CH44 3199 9123 0008 8901 2 geändert',
      details: 'Geändert: Kontobezeichnung und Präfix der QR-Referenz',
      link: undefined,
    });
  });
});
