// Every text the documents print, in the four document languages. The QR-bill's own labels
// (Récépissé, Section paiement …) come from swissqrbill in the same language (IG QR-bill 2.3,
// annex: labels). Placeholders are {name}.
import type { Language, TvaCategory } from '@simplifaq/swiss';
import type { ReminderLevel } from '../model';

export interface DocumentLabels {
  readonly invoice: string;
  readonly creditNote: string;
  readonly quote: string;
  readonly reminder: Readonly<Record<ReminderLevel, string>>;
  readonly number: string;
  readonly date: string;
  readonly invoiceDate: string;
  readonly supplyDate: string;
  readonly supplyPeriod: string;
  readonly dueDate: string;
  readonly clientReference: string;
  readonly validUntil: string;
  readonly uid: string;
  readonly position: string;
  readonly description: string;
  readonly quantity: string;
  readonly unit: string;
  readonly unitPrice: string;
  readonly discount: string;
  readonly tva: string;
  readonly amount: string;
  readonly subtotal: string;
  readonly documentDiscount: string;
  readonly totalNet: string;
  readonly tvaAt: string;
  readonly tvaSummary: string;
  readonly tvaRate: string;
  readonly tvaBase: string;
  readonly tvaAmount: string;
  readonly totalGross: string;
  readonly tvaIncluded: string;
  readonly rounding: string;
  readonly totalPayable: string;
  readonly totalCredited: string;
  readonly totalQuote: string;
  readonly pricesGross: string;
  readonly notVatRegistered: string;
  readonly paymentTerms: string;
  readonly paymentTermsImmediate: string;
  readonly notToBePaid: string;
  readonly creditFor: string;
  readonly quoteValidity: string;
  readonly page: string;
  readonly draft: string;
  readonly supplyOn: string;
  readonly lineSupplyDates: string;
  readonly category: Readonly<Record<TvaCategory, string>>;
  readonly reminderBody: Readonly<Record<ReminderLevel, string>>;
  readonly reminderIgnore: string;
  readonly reminderInvoice: string;
  readonly reminderInvoiceAmount: string;
  readonly reminderCredited: string;
  readonly reminderPaid: string;
  readonly reminderOutstanding: string;
  readonly reminderEarlierFees: string;
  readonly reminderFee: string;
  readonly reminderTotal: string;
  readonly paymentSlipBelow: string;
  readonly paymentSlipNextPage: string;
  readonly email: string;
  readonly phone: string;
}

const fr: DocumentLabels = {
  invoice: 'Facture',
  creditNote: 'Note de crédit',
  quote: 'Offre',
  reminder: { 1: 'Rappel', 2: 'Deuxième rappel', 3: 'Dernier rappel' },
  number: 'N°',
  date: 'Date',
  invoiceDate: 'Date de facture',
  supplyDate: 'Date de livraison',
  supplyPeriod: 'Période de prestation',
  dueDate: 'Échéance',
  clientReference: 'Votre référence',
  validUntil: 'Valable jusqu’au',
  uid: 'IDE',
  position: 'Pos.',
  description: 'Désignation',
  quantity: 'Quantité',
  unit: 'Unité',
  unitPrice: 'Prix unit.',
  discount: 'Rabais',
  tva: 'TVA',
  amount: 'Montant',
  subtotal: 'Sous-total',
  documentDiscount: 'Rabais {rate}',
  totalNet: 'Total hors TVA',
  tvaAt: 'TVA {rate} sur {base}',
  tvaSummary: 'Récapitulatif TVA',
  tvaRate: 'Taux',
  tvaBase: 'Base',
  tvaAmount: 'TVA',
  totalGross: 'Total TVA incluse',
  tvaIncluded: 'dont TVA',
  rounding: 'Arrondi',
  totalPayable: 'Montant à payer',
  totalCredited: 'Montant crédité',
  totalQuote: 'Total de l’offre',
  pricesGross: 'Les prix s’entendent TVA incluse.',
  notVatRegistered: 'Non assujetti à la TVA.',
  paymentTerms: 'Payable dans les {days} jours, au plus tard le {date}.',
  paymentTermsImmediate: 'Payable dès réception, au plus tard le {date}.',
  notToBePaid: 'Ne pas payer : ce montant est porté à votre crédit.',
  creditFor: 'Concerne la facture {number} du {date}.',
  quoteValidity: 'Cette offre est valable jusqu’au {date}.',
  page: 'Page {page}/{pages}',
  draft: 'BROUILLON',
  supplyOn: 'Livraison le {date}',
  lineSupplyDates: 'Dates de livraison par ligne.',
  category: { normal: 'taux normal', reduced: 'taux réduit', accommodation: 'taux spécial hébergement', exempt: 'exclu du champ de l’impôt', zero_rated: 'exonéré' },
  reminderBody: {
    1: 'Sauf erreur de notre part, la facture ci-dessous n’a pas encore été réglée. Nous vous prions de verser le montant dû d’ici au {date}.',
    2: 'Malgré notre rappel, la facture ci-dessous reste impayée. Nous vous prions de verser le montant dû d’ici au {date}.',
    3: 'Malgré nos rappels, la facture ci-dessous reste impayée. Sans paiement d’ici au {date}, nous engagerons une procédure de poursuite sans autre avis.',
  },
  reminderIgnore: 'Si vous avez effectué le paiement entre-temps, veuillez ne pas tenir compte de ce rappel.',
  reminderInvoice: 'Facture {number} du {date}, échue le {due}',
  reminderInvoiceAmount: 'Montant de la facture',
  reminderCredited: 'Note de crédit',
  reminderPaid: 'Déjà payé',
  reminderOutstanding: 'Solde ouvert',
  reminderEarlierFees: 'Frais des rappels précédents',
  reminderFee: 'Frais de rappel',
  reminderTotal: 'Montant à payer',
  paymentSlipBelow: 'Bulletin de versement ci-dessous.',
  paymentSlipNextPage: 'Bulletin de versement sur la page suivante.',
  email: 'E-mail',
  phone: 'Tél.',
};

const de: DocumentLabels = {
  invoice: 'Rechnung',
  creditNote: 'Gutschrift',
  quote: 'Offerte',
  reminder: { 1: 'Zahlungserinnerung', 2: '2. Mahnung', 3: 'Letzte Mahnung' },
  number: 'Nr.',
  date: 'Datum',
  invoiceDate: 'Rechnungsdatum',
  supplyDate: 'Lieferdatum',
  supplyPeriod: 'Leistungszeitraum',
  dueDate: 'Fällig am',
  clientReference: 'Ihre Referenz',
  validUntil: 'Gültig bis',
  uid: 'UID',
  position: 'Pos.',
  description: 'Bezeichnung',
  quantity: 'Menge',
  unit: 'Einheit',
  unitPrice: 'Preis',
  discount: 'Rabatt',
  tva: 'MWST',
  amount: 'Betrag',
  subtotal: 'Zwischensumme',
  documentDiscount: 'Rabatt {rate}',
  totalNet: 'Total exkl. MWST',
  tvaAt: 'MWST {rate} auf {base}',
  tvaSummary: 'MWST-Zusammenfassung',
  tvaRate: 'Satz',
  tvaBase: 'Basis',
  tvaAmount: 'MWST',
  totalGross: 'Total inkl. MWST',
  tvaIncluded: 'davon MWST',
  rounding: 'Rundungsdifferenz',
  totalPayable: 'Zu zahlender Betrag',
  totalCredited: 'Gutgeschriebener Betrag',
  totalQuote: 'Total Offerte',
  pricesGross: 'Die Preise verstehen sich inklusive MWST.',
  notVatRegistered: 'Nicht MWST-pflichtig.',
  paymentTerms: 'Zahlbar innert {days} Tagen, spätestens am {date}.',
  paymentTermsImmediate: 'Zahlbar sofort, spätestens am {date}.',
  notToBePaid: 'Nicht einzahlen: Dieser Betrag wird Ihnen gutgeschrieben.',
  creditFor: 'Betrifft Rechnung {number} vom {date}.',
  quoteValidity: 'Diese Offerte ist gültig bis am {date}.',
  page: 'Seite {page}/{pages}',
  draft: 'ENTWURF',
  supplyOn: 'Lieferung am {date}',
  lineSupplyDates: 'Lieferdaten je Position.',
  category: { normal: 'Normalsatz', reduced: 'reduzierter Satz', accommodation: 'Sondersatz Beherbergung', exempt: 'von der Steuer ausgenommen', zero_rated: 'von der Steuer befreit' },
  reminderBody: {
    1: 'Bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die folgende Rechnung noch offen ist. Bitte überweisen Sie den fälligen Betrag bis am {date}.',
    2: 'Trotz unserer Zahlungserinnerung ist die folgende Rechnung noch offen. Bitte überweisen Sie den fälligen Betrag bis am {date}.',
    3: 'Trotz unserer Mahnungen ist die folgende Rechnung noch offen. Ohne Zahlung bis am {date} leiten wir ohne weitere Ankündigung die Betreibung ein.',
  },
  reminderIgnore: 'Sollte sich Ihre Zahlung mit diesem Schreiben gekreuzt haben, betrachten Sie es bitte als gegenstandslos.',
  reminderInvoice: 'Rechnung {number} vom {date}, fällig seit {due}',
  reminderInvoiceAmount: 'Rechnungsbetrag',
  reminderCredited: 'Gutschrift',
  reminderPaid: 'Bereits bezahlt',
  reminderOutstanding: 'Offener Betrag',
  reminderEarlierFees: 'Gebühren früherer Mahnungen',
  reminderFee: 'Mahngebühr',
  reminderTotal: 'Zu zahlender Betrag',
  paymentSlipBelow: 'Einzahlungsschein unten.',
  paymentSlipNextPage: 'Einzahlungsschein auf der nächsten Seite.',
  email: 'E-Mail',
  phone: 'Tel.',
};

const it: DocumentLabels = {
  invoice: 'Fattura',
  creditNote: 'Nota di credito',
  quote: 'Offerta',
  reminder: { 1: 'Promemoria di pagamento', 2: 'Secondo sollecito', 3: 'Ultimo sollecito' },
  number: 'N.',
  date: 'Data',
  invoiceDate: 'Data fattura',
  supplyDate: 'Data di fornitura',
  supplyPeriod: 'Periodo di fornitura',
  dueDate: 'Scadenza',
  clientReference: 'Vostro riferimento',
  validUntil: 'Valida fino al',
  uid: 'IDI',
  position: 'Pos.',
  description: 'Descrizione',
  quantity: 'Quantità',
  unit: 'Unità',
  unitPrice: 'Prezzo unit.',
  discount: 'Sconto',
  tva: 'IVA',
  amount: 'Importo',
  subtotal: 'Subtotale',
  documentDiscount: 'Sconto {rate}',
  totalNet: 'Totale IVA esclusa',
  tvaAt: 'IVA {rate} su {base}',
  tvaSummary: 'Riepilogo IVA',
  tvaRate: 'Aliquota',
  tvaBase: 'Base',
  tvaAmount: 'IVA',
  totalGross: 'Totale IVA inclusa',
  tvaIncluded: 'di cui IVA',
  rounding: 'Arrotondamento',
  totalPayable: 'Importo da pagare',
  totalCredited: 'Importo accreditato',
  totalQuote: 'Totale offerta',
  pricesGross: 'I prezzi si intendono IVA inclusa.',
  notVatRegistered: 'Non assoggettato all’IVA.',
  paymentTerms: 'Pagabile entro {days} giorni, al più tardi il {date}.',
  paymentTermsImmediate: 'Pagabile subito, al più tardi il {date}.',
  notToBePaid: 'Da non pagare: questo importo viene accreditato a vostro favore.',
  creditFor: 'Riguarda la fattura {number} del {date}.',
  quoteValidity: 'Quest’offerta è valida fino al {date}.',
  page: 'Pagina {page}/{pages}',
  draft: 'BOZZA',
  supplyOn: 'Fornitura il {date}',
  lineSupplyDates: 'Date di fornitura per posizione.',
  category: { normal: 'aliquota normale', reduced: 'aliquota ridotta', accommodation: 'aliquota speciale alloggio', exempt: 'escluso dall’imposta', zero_rated: 'esente dall’imposta' },
  reminderBody: {
    1: 'Salvo errore da parte nostra, la fattura seguente non è ancora stata saldata. Vi preghiamo di versare l’importo dovuto entro il {date}.',
    2: 'Nonostante il nostro promemoria, la fattura seguente risulta ancora insoluta. Vi preghiamo di versare l’importo dovuto entro il {date}.',
    3: 'Nonostante i nostri solleciti, la fattura seguente risulta ancora insoluta. Senza pagamento entro il {date} avvieremo la procedura esecutiva senza ulteriore avviso.',
  },
  reminderIgnore: 'Se nel frattempo avete già effettuato il pagamento, vogliate considerare nullo il presente sollecito.',
  reminderInvoice: 'Fattura {number} del {date}, scaduta il {due}',
  reminderInvoiceAmount: 'Importo della fattura',
  reminderCredited: 'Nota di credito',
  reminderPaid: 'Già pagato',
  reminderOutstanding: 'Saldo scoperto',
  reminderEarlierFees: 'Spese dei solleciti precedenti',
  reminderFee: 'Spese di sollecito',
  reminderTotal: 'Importo da pagare',
  paymentSlipBelow: 'Polizza di versamento qui sotto.',
  paymentSlipNextPage: 'Polizza di versamento alla pagina seguente.',
  email: 'E-mail',
  phone: 'Tel.',
};

const en: DocumentLabels = {
  invoice: 'Invoice',
  creditNote: 'Credit note',
  quote: 'Quote',
  reminder: { 1: 'Payment reminder', 2: 'Second reminder', 3: 'Final reminder' },
  number: 'No.',
  date: 'Date',
  invoiceDate: 'Invoice date',
  supplyDate: 'Date of supply',
  supplyPeriod: 'Supply period',
  dueDate: 'Due date',
  clientReference: 'Your reference',
  validUntil: 'Valid until',
  uid: 'UID',
  position: 'Item',
  description: 'Description',
  quantity: 'Quantity',
  unit: 'Unit',
  unitPrice: 'Unit price',
  discount: 'Discount',
  tva: 'VAT',
  amount: 'Amount',
  subtotal: 'Subtotal',
  documentDiscount: 'Discount {rate}',
  totalNet: 'Total excl. VAT',
  tvaAt: 'VAT {rate} on {base}',
  tvaSummary: 'VAT summary',
  tvaRate: 'Rate',
  tvaBase: 'Base',
  tvaAmount: 'VAT',
  totalGross: 'Total incl. VAT',
  tvaIncluded: 'of which VAT',
  rounding: 'Rounding',
  totalPayable: 'Amount due',
  totalCredited: 'Amount credited',
  totalQuote: 'Quote total',
  pricesGross: 'Prices include VAT.',
  notVatRegistered: 'Not registered for VAT.',
  paymentTerms: 'Payable within {days} days, by {date} at the latest.',
  paymentTermsImmediate: 'Payable on receipt, by {date} at the latest.',
  notToBePaid: 'Do not pay: this amount is credited to you.',
  creditFor: 'Relates to invoice {number} of {date}.',
  quoteValidity: 'This quote is valid until {date}.',
  page: 'Page {page}/{pages}',
  draft: 'DRAFT',
  supplyOn: 'Supplied on {date}',
  lineSupplyDates: 'Dates of supply per item.',
  category: { normal: 'standard rate', reduced: 'reduced rate', accommodation: 'special rate for accommodation', exempt: 'exempt from VAT', zero_rated: 'zero-rated' },
  reminderBody: {
    1: 'According to our records, the invoice below has not been paid yet. Please pay the amount due by {date}.',
    2: 'Despite our reminder, the invoice below is still unpaid. Please pay the amount due by {date}.',
    3: 'Despite our reminders, the invoice below is still unpaid. Without payment by {date} we will start debt enforcement proceedings without further notice.',
  },
  reminderIgnore: 'If you have paid in the meantime, please disregard this reminder.',
  reminderInvoice: 'Invoice {number} of {date}, due since {due}',
  reminderInvoiceAmount: 'Invoice amount',
  reminderCredited: 'Credit note',
  reminderPaid: 'Already paid',
  reminderOutstanding: 'Outstanding',
  reminderEarlierFees: 'Fees of earlier reminders',
  reminderFee: 'Reminder fee',
  reminderTotal: 'Amount due',
  paymentSlipBelow: 'Payment slip below.',
  paymentSlipNextPage: 'Payment slip on the next page.',
  email: 'Email',
  phone: 'Phone',
};

/** The labels of every document language. */
export const DOCUMENT_LABELS: Readonly<Record<Language, DocumentLabels>> = { fr, de, it, en };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
