import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@simplifaq/db';
import { findCommonNumber, formatDocumentNumber, isNumberPatternError, parseDocumentNumber, parseNumberPattern, sequenceYear } from '@simplifaq/invoicing';
import type { NumberPattern } from '@simplifaq/invoicing';
import { assertQrCharset, formatUid, formatVatNumber, isIsoCountryCode, parseUid, SwissRuleError, validateQrAddress } from '@simplifaq/swiss';
import { AppError, badRequest, notFound } from '../../lib/app-error';
import type { OrgScope } from '../../lib/request-context';
import { assertReferenceRoom } from '../../lib/reference-room';
import { audit } from '../audit/audit-actor';
import type { AuditActor } from '../audit/audit-actor';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE, LOGO_MIME_TYPES, sniffImage } from './logo-image';
import type { LogoMimeType } from './logo-image';
import type { OrganisationRepo, OrganisationRow } from './organisation-repo';
import type { TDocumentSeries, TNumberPreviewQuery, TOrganisation, TOrganisationPatch } from './organisation-schemas';

export const LOGO_PATH = '/api/organisation/logo';

const PATTERN_FIELD: Record<TDocumentSeries, 'numberingPattern' | 'creditNotePattern' | 'quotePattern'> = {
  invoice: 'numberingPattern',
  credit_note: 'creditNotePattern',
  quote: 'quotePattern',
};
const ADDRESS_FIELDS = ['name', 'street', 'buildingNumber', 'postalCode', 'town', 'country'] as const;

/** The profile as the API shows it: UID formatted, VAT number with the suffix of the organisation's language. */
export function presentOrganisation(row: OrganisationRow): TOrganisation {
  const { uid, logoMimeType, ...rest } = row;
  return {
    ...rest,
    addressComplete: Boolean(row.postalCode && row.town),
    uid: uid ? formatUid(uid) : null,
    // MWSTG art. 26 al. 2 let. a: only a registered business has (and prints) a VAT number.
    vatNumber: uid && row.vatRegistered ? formatVatNumber(uid, row.language) : null,
    logo: logoMimeType ? { url: LOGO_PATH, mimeType: logoMimeType } : null,
  };
}

/** Parses a numbering pattern, answering its own error code on the given field. */
export function checkedPattern(pattern: string, field: string): NumberPattern {
  try {
    return parseNumberPattern(pattern);
  } catch (err) {
    if (isNumberPatternError(err)) throw new AppError(err.code, err.message, 400, field, { ...err.params });
    throw err;
  }
}

/** Today's date in Switzerland, where documents are dated. */
function swissToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface OrganisationServiceDeps {
  prisma: PrismaClient;
  organisations: OrganisationRepo;
}

export function createOrganisationService({ prisma, organisations }: OrganisationServiceDeps) {
  async function load(scope: OrgScope): Promise<OrganisationRow> {
    const row = await organisations.find(scope.organisationId);
    if (!row) throw notFound('organisation');
    return row;
  }

  function validate(current: OrganisationRow, patch: TOrganisationPatch): Prisma.OrganisationUpdateInput {
    const merged = { ...current, ...patch };
    const data: Prisma.OrganisationUpdateInput = { ...patch };

    // The organisation is the creditor of every QR-bill (IG QR-bill 2.3, §4.2.2 "Cdtr"): once an
    // address is being given it must be complete and within the QR character set; a bare name is
    // allowed so that a new account can set its address later.
    if (ADDRESS_FIELDS.some((f) => f in patch)) {
      const started = merged.street || merged.buildingNumber || merged.postalCode || merged.town;
      if (started) {
        const checked = withField(() =>
          validateQrAddress(
            { name: merged.name, street: merged.street, buildingNumber: merged.buildingNumber, postalCode: merged.postalCode ?? '', town: merged.town ?? '', country: merged.country },
            'address',
          ),
        );
        if ('country' in patch) data.country = checked.country;
      } else {
        withField(() => assertQrCharset(merged.name, 'address.name'));
        if (!isIsoCountryCode(merged.country)) throw new SwissRuleError('COUNTRY_INVALID', 'country', { value: merged.country });
      }
    }

    if (patch.uid) data.uid = parseUid(patch.uid, 'uid');
    if (merged.vatRegistered && !merged.uid) {
      throw badRequest('VAT_NUMBER_REQUIRED', 'A VAT-registered business prints its VAT number (UID) on every invoice (MWSTG art. 26 al. 2 let. a).', 'uid');
    }

    // Net tax rate method (MWSTG art. 37): the rate is approved per business and is required; under
    // the effective method a leftover rate would be misleading, so it is cleared.
    if (merged.vatMethod === 'net_rate') {
      if (merged.netTaxRateBp == null) {
        throw badRequest('NET_TAX_RATE_REQUIRED', 'The net tax rate method needs the rate approved by the tax administration.', 'netTaxRateBp');
      }
    } else if (patch.netTaxRateBp != null) {
      throw badRequest('NET_TAX_RATE_NOT_APPLICABLE', 'A net tax rate only applies with the net tax rate method.', 'netTaxRateBp');
    } else if (current.netTaxRateBp != null) {
      data.netTaxRateBp = null;
    }

    for (const field of ['numberingPattern', 'creditNotePattern', 'quotePattern'] as const) {
      const pattern = patch[field];
      if (pattern !== undefined) checkedPattern(pattern, field);
    }
    // Invoices and credit notes share one unique index on the number: their series must never meet.
    if (patch.numberingPattern !== undefined || patch.creditNotePattern !== undefined) {
      const example = findCommonNumber(merged.numberingPattern, merged.creditNotePattern);
      if (example !== null) {
        throw new AppError('NUMBER_PATTERNS_OVERLAP', `Invoices and credit notes could both be numbered ${example}: make their patterns differ, e.g. by a prefix.`, 400, patch.creditNotePattern !== undefined ? 'creditNotePattern' : 'numberingPattern', { example });
      }
    }
    return data;
  }

  /**
   * A new pattern continues its series' sequence; refuse it when that would reproduce a number
   * already given (e.g. `{YY}-{seq}` → `26-{seq}` starts again at 26-1), since issuing would then
   * fail on the unique number for good.
   */
  async function assertNoReissue(scope: OrgScope, current: OrganisationRow, patch: TOrganisationPatch, db: Prisma.TransactionClient) {
    for (const series of ['invoice', 'credit_note', 'quote'] as const) {
      const field = PATTERN_FIELD[series];
      const source = patch[field];
      if (source === undefined || source === current[field]) continue;
      const pattern = parseNumberPattern(source);
      const hasFullYear = pattern.parts.some((p) => p.kind === 'year4');
      const next = new Map<number, number>();
      for (const number of await organisations.issuedNumbers(scope.organisationId, series === 'quote' ? 'quote' : 'invoice', db)) {
        // Case aside: `INV-7` after `inv-7` would have the same payment reference.
        const parsed = parseDocumentNumber(pattern, number, { ignoreCase: true });
        if (!parsed) continue;
        // {YY} is read as 20YY, the century the sequences of this app live in.
        const year = !pattern.restartsYearly ? 0 : hasFullYear ? parsed.year! : 2000 + parsed.year!;
        if (!next.has(year)) next.set(year, await organisations.nextSequence(scope.organisationId, series, year, db));
        if (parsed.sequence >= next.get(year)!) {
          throw new AppError('NUMBER_PATTERN_CONFLICT', `With this pattern the series would give ${number} again, a number already used.`, 409, field, { number });
        }
      }
    }
  }

  return {
    get: async (scope: OrgScope) => presentOrganisation(await load(scope)),

    async update(scope: OrgScope, patch: TOrganisationPatch, actor: AuditActor) {
      return prisma.$transaction(async (tx) => {
        const current = await organisations.find(scope.organisationId, tx);
        if (!current) throw notFound('organisation');
        const data = validate(current, patch);
        await assertNoReissue(scope, current, patch, tx);
        if (patch.numberingPattern !== undefined && patch.numberingPattern !== current.numberingPattern) {
          assertReferenceRoom(patch.numberingPattern, await organisations.referenceAccounts(scope.organisationId, tx), 'numberingPattern');
        }
        const row = await organisations.update(scope.organisationId, data, tx);
        const fields = Object.keys(patch).filter((k) => JSON.stringify(row[k as keyof OrganisationRow]) !== JSON.stringify(current[k as keyof OrganisationRow]));
        if (fields.length) await audit(tx, scope.organisationId, actor, { action: 'organisation.updated', targetType: 'organisation', targetId: scope.organisationId, data: { fields } });
        return presentOrganisation(row);
      });
    },

    /** The next numbers of a series as they would be issued on a date (nothing is reserved). */
    async previewNumbers(scope: OrgScope, query: TNumberPreviewQuery) {
      const current = await load(scope);
      const source = query.pattern ?? current[PATTERN_FIELD[query.series]];
      const pattern = checkedPattern(source, query.pattern === undefined ? PATTERN_FIELD[query.series] : 'pattern');
      const date = query.date ?? swissToday();
      const next = await organisations.nextSequence(scope.organisationId, query.series, sequenceYear(pattern, date));
      const numbers: string[] = [];
      for (let i = 0; i < query.count; i++) {
        try {
          numbers.push(formatDocumentNumber(pattern, { date, sequence: next + i }));
        } catch (err) {
          if (isNumberPatternError(err)) throw new AppError(err.code, err.message, 400, query.pattern === undefined ? 'date' : 'pattern', { ...err.params });
          throw err;
        }
      }
      return { series: query.series, pattern: source, restartsYearly: pattern.restartsYearly, nextSequence: next, numbers };
    },

    /** Stores a PNG or JPEG logo after checking its bytes, whatever the request claimed. */
    async setLogo(scope: OrgScope, declaredType: string | undefined, body: unknown, actor: AuditActor) {
      const mediaType = (declaredType ?? '').split(';')[0]!.trim().toLowerCase();
      if (!LOGO_MIME_TYPES.includes(mediaType as LogoMimeType)) {
        throw new AppError('LOGO_TYPE_UNSUPPORTED', 'A logo is a PNG or JPEG image sent as image/png or image/jpeg.', 415, 'logo', { contentType: mediaType || null });
      }
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      if (bytes.length > LOGO_MAX_BYTES) throw logoTooLarge();
      const image = sniffImage(bytes);
      if (!image || image.mimeType !== mediaType) {
        throw new AppError('LOGO_CONTENT_MISMATCH', `The file is not a ${mediaType === 'image/png' ? 'PNG' : 'JPEG'} image.`, 415, 'logo', {
          declared: mediaType,
          detected: image?.mimeType ?? null,
        });
      }
      if (image.width < 1 || image.height < 1 || image.width > LOGO_MAX_SIDE || image.height > LOGO_MAX_SIDE) {
        throw new AppError('LOGO_DIMENSIONS_INVALID', `A logo is at most ${LOGO_MAX_SIDE} × ${LOGO_MAX_SIDE} pixels.`, 400, 'logo', {
          width: image.width,
          height: image.height,
          max: LOGO_MAX_SIDE,
        });
      }
      await prisma.$transaction(async (tx) => {
        await organisations.setLogo(scope.organisationId, new Uint8Array(bytes), image.mimeType, tx);
        await audit(tx, scope.organisationId, actor, {
          action: 'organisation.logo_changed',
          targetType: 'organisation',
          targetId: scope.organisationId,
          data: { mimeType: image.mimeType, bytes: bytes.length, width: image.width, height: image.height },
        });
      });
      return presentOrganisation(await load(scope));
    },

    async getLogo(scope: OrgScope) {
      const row = await organisations.findLogo(scope.organisationId);
      if (!row?.logo || !row.logoMimeType) throw new AppError('NOT_FOUND', 'The organisation has no logo.', 404);
      const bytes = Buffer.from(row.logo.buffer, row.logo.byteOffset, row.logo.byteLength);
      return { bytes, mimeType: row.logoMimeType, etag: `"${createHash('sha256').update(bytes).digest('base64url')}"` };
    },

    async deleteLogo(scope: OrgScope, actor: AuditActor) {
      await prisma.$transaction(async (tx) => {
        await organisations.setLogo(scope.organisationId, null, null, tx);
        await audit(tx, scope.organisationId, actor, { action: 'organisation.logo_removed', targetType: 'organisation', targetId: scope.organisationId });
      });
    },
  };
}

export function logoTooLarge() {
  return new AppError('LOGO_TOO_LARGE', `A logo is at most ${LOGO_MAX_BYTES / 1024} KB.`, 413, 'logo', { maxBytes: LOGO_MAX_BYTES });
}

/** Rewrites the Swiss rule's path (`address.town`) to the body's own field (`town`). */
function withField<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err && typeof err === 'object' && 'field' in err && typeof err.field === 'string') {
      Object.defineProperty(err, 'field', { value: err.field.replace(/^address\./, '') });
    }
    throw err;
  }
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
