import type { Language, Role } from '@simplifaq/db';

/** A transactional e-mail: subject and plain-text body, in one language. */
export interface MailText {
  subject: string;
  text: string;
}

const ROLE_NAMES: Record<Language, Record<Role, string>> = {
  fr: { owner: 'propriétaire', admin: 'administrateur·rice', member: 'membre', accountant: 'comptable (lecture seule)' },
  de: { owner: 'Inhaber/in', admin: 'Administrator/in', member: 'Mitglied', accountant: 'Treuhänder/in (nur lesen)' },
  it: { owner: 'titolare', admin: 'amministratore/trice', member: 'membro', accountant: 'contabile (sola lettura)' },
  en: { owner: 'owner', admin: 'administrator', member: 'member', accountant: 'accountant (read-only)' },
};

export interface InvitationMail {
  organisationName: string;
  role: Role;
  inviterName: string | null;
  link: string;
}

/** The invitation to join an organisation, in the organisation's language. */
export function invitationMail(language: Language, m: InvitationMail): MailText {
  const role = ROLE_NAMES[language][m.role];
  switch (language) {
    case 'de':
      return {
        subject: `Einladung zu ${m.organisationName} auf SimpliFaq`,
        text:
          `Guten Tag\n\n${m.inviterName ? `${m.inviterName} lädt Sie ein,` : 'Sie sind eingeladen,'} bei «${m.organisationName}» auf SimpliFaq mitzuarbeiten (Rolle: ${role}).\n\n` +
          `Melden Sie sich mit dieser E-Mail-Adresse an oder erstellen Sie ein Konto, und öffnen Sie dann innert 7 Tagen diesen Link:\n${m.link}\n`,
      };
    case 'it':
      return {
        subject: `Invito a ${m.organisationName} su SimpliFaq`,
        text:
          `Buongiorno,\n\n${m.inviterName ? `${m.inviterName} la invita` : 'È invitata/o'} a unirsi a «${m.organisationName}» su SimpliFaq come ${role}.\n\n` +
          `Acceda o crei un conto con questo indirizzo e-mail, poi apra questo link entro 7 giorni:\n${m.link}\n`,
      };
    case 'en':
      return {
        subject: `Invitation to ${m.organisationName} on SimpliFaq`,
        text:
          `Hello,\n\n${m.inviterName ? `${m.inviterName} invites you` : 'You are invited'} to join "${m.organisationName}" on SimpliFaq as ${role}.\n\n` +
          `Sign in or create an account with this e-mail address, then open this link within 7 days:\n${m.link}\n`,
      };
    case 'fr':
      return {
        subject: `Invitation à rejoindre ${m.organisationName} sur SimpliFaq`,
        text:
          `Bonjour,\n\n${m.inviterName ? `${m.inviterName} vous invite` : 'Vous êtes invité·e'} à rejoindre « ${m.organisationName} » sur SimpliFaq en tant que ${role}.\n\n` +
          `Connectez-vous ou créez un compte avec cette adresse e-mail, puis ouvrez ce lien dans les 7 jours :\n${m.link}\n`,
      };
  }
}

/** The password reset link, in the language the user asked in (or the account's). */
export function passwordResetMail(language: Language, m: { name: string; link: string }): MailText {
  switch (language) {
    case 'de':
      return {
        subject: 'SimpliFaq – Passwort zurücksetzen',
        text: `Guten Tag ${m.name}\n\nUm ein neues Passwort zu wählen, öffnen Sie innert einer Stunde diesen Link:\n${m.link}\n\nHaben Sie nichts angefordert, können Sie diese Nachricht ignorieren.\n`,
      };
    case 'it':
      return {
        subject: 'SimpliFaq – reimpostare la password',
        text: `Buongiorno ${m.name},\n\nPer scegliere una nuova password, apra questo link entro un'ora:\n${m.link}\n\nSe non ha chiesto nulla, ignori questo messaggio.\n`,
      };
    case 'en':
      return {
        subject: 'SimpliFaq – reset your password',
        text: `Hello ${m.name},\n\nTo choose a new password, open this link within the hour:\n${m.link}\n\nIf you did not ask for this, ignore this message.\n`,
      };
    case 'fr':
      return {
        subject: 'SimpliFaq – réinitialiser votre mot de passe',
        text: `Bonjour ${m.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n${m.link}\n\nSi vous n’avez rien demandé, ignorez ce message.\n`,
      };
  }
}
