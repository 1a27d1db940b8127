import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** `log`: the request's logger, so that the lines about the mail carry the request id. */
  send(mail: Mail, log?: FastifyBaseLogger): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise the message is written to the log for the operator. */
export function createMailer(config: { smtpUrl?: string; from: string }, logger: FastifyBaseLogger): Mailer {
  if (!config.smtpUrl) {
    return {
      async send(mail, log = logger) {
        log.info({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, 'e-mail not sent (SMTP_URL is not set); its text follows');
      },
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.from, ...mail });
    },
  };
}
