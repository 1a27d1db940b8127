// fast-check arbitraries from the JSON schemas of the OpenAPI document (/api/docs/json), for
// fuzzing every route's body: values that follow the schema, and values that stray from it.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
  nullable?: boolean;
  additionalProperties?: boolean | JsonSchema;
}

const tricky = fc.constantFrom('', ' ', '0', '-1', 'null', '💥', 'Ł', '\u0000', "'; DROP TABLE invoice;--", '=cmd|calc', 'x'.repeat(300), 'CH5800791123000889012', 'CHE-100.155.212', '2024-02-30', '1000', '01234567-0123-7123-8123-0123456789ab');

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'uri':
      return fc.webUrl();
  }
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= (s.maxLength ?? 10_000));
  return fc.oneof(fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 120) }), tricky);
}

/** Values valid for the schema (as far as JSON Schema can say), mixed with edge cases. */
export function arbitraryFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => arbitraryFor(v, depth + 1)));
  if (schema.allOf?.length) return arbitraryFor(Object.assign({}, ...schema.allOf) as JsonSchema, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => arbitraryFor({ ...schema, type: t }, depth + 1)));
  const base = (() => {
    switch (types[0]) {
      case 'string':
        return stringArb(schema);
      case 'integer':
        return fc.oneof(fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000_000 }), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER));
      case 'number':
        return fc.oneof(fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e12, noNaN: true }), fc.constantFrom(0.1, 1.005, -0));
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(arbitraryFor(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 6) });
      case 'object': {
        const props = schema.properties ?? {};
        const required = new Set(schema.required ?? []);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, v] of Object.entries(props)) record[k] = arbitraryFor(v, depth + 1);
        return fc.record(record, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return schema.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

/** Mostly schema-shaped bodies, some with a stray field, some plain JSON garbage. */
export function fuzzBody(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const shaped = arbitraryFor(schema);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 1, arbitrary: shaped.map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, organisationId: '01234567-0123-7123-8123-0123456789ab', status: 'paid' } : v)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** One small deterministic value that satisfies the schema's declared constraints. */
export function sampleFor(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return {};
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return sampleFor(variants.find((v) => v.type !== 'null') ?? variants[0], depth + 1);
  if (schema.allOf?.length) return sampleFor(Object.assign({}, ...schema.allOf) as JsonSchema, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return '01234567-0123-7123-8123-0123456789ab';
      if (schema.format === 'email') return 'sample@example.ch';
      if (schema.format === 'date') return '2026-01-15';
      if (schema.format === 'date-time') return '2026-01-15T10:00:00.000Z';
      return 'Sample'.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? 100);
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleFor(schema.items, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sampleFor(schema.properties?.[key], depth + 1);
      return out;
    }
    default:
      return null;
  }
}
