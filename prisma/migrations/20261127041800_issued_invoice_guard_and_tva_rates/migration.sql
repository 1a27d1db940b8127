-- Issued invoices are legal records (CO art. 958f, MWSTG art. 70): the database itself refuses
-- to change or delete them, whatever code path tries. After issue only the payment state,
-- the cancellation and the one-time archive of the PDF may change.
CREATE FUNCTION "simplifaq_guard_issued_invoice"() RETURNS trigger AS $$
DECLARE
  mutable CONSTANT text[] := ARRAY['status', 'amount_paid', 'cancelled_at', 'updated_at', 'pdf', 'pdf_sha256'];
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'invoice % is issued and cannot be deleted', OLD.id USING ERRCODE = 'SFIMM';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' THEN
    IF NEW.status = 'draft' THEN
      RAISE EXCEPTION 'invoice % is issued and cannot return to draft', OLD.id USING ERRCODE = 'SFIMM';
    END IF;
    IF (to_jsonb(NEW) - mutable) IS DISTINCT FROM (to_jsonb(OLD) - mutable) THEN
      RAISE EXCEPTION 'invoice % is issued and cannot be changed', OLD.id USING ERRCODE = 'SFIMM';
    END IF;
    IF OLD.pdf IS NOT NULL AND (NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256) THEN
      RAISE EXCEPTION 'the archived PDF of invoice % cannot be replaced', OLD.id USING ERRCODE = 'SFIMM';
    END IF;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "invoice_guard_issued"
  BEFORE UPDATE OR DELETE ON "invoice"
  FOR EACH ROW EXECUTE FUNCTION "simplifaq_guard_issued_invoice"();

CREATE FUNCTION "simplifaq_guard_issued_invoice_line"() RETURNS trigger AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "invoice"
    WHERE "id" IN (
      CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW."invoice_id" END,
      CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD."invoice_id" END
    )
    AND "status" <> 'draft'
  ) THEN
    RAISE EXCEPTION 'the lines of an issued invoice cannot be changed' USING ERRCODE = 'SFIMM';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "invoice_line_guard_issued"
  BEFORE INSERT OR UPDATE OR DELETE ON "invoice_line"
  FOR EACH ROW EXECUTE FUNCTION "simplifaq_guard_issued_invoice_line"();

-- The official Swiss TVA rates (MWSTG art. 25; ESTV), in basis points. validTo is exclusive.
-- Later changes are added as new rows by `update:tva-rates`; rows used by invoices are never rewritten.
INSERT INTO "tva_rate" ("id", "category", "rate_bp", "valid_from", "valid_to") VALUES
  (gen_random_uuid(), 'normal',        800, '2011-01-01', '2018-01-01'),
  (gen_random_uuid(), 'reduced',       250, '2011-01-01', '2018-01-01'),
  (gen_random_uuid(), 'accommodation', 380, '2011-01-01', '2018-01-01'),
  (gen_random_uuid(), 'normal',        770, '2018-01-01', '2024-01-01'),
  (gen_random_uuid(), 'reduced',       250, '2018-01-01', '2024-01-01'),
  (gen_random_uuid(), 'accommodation', 370, '2018-01-01', '2024-01-01'),
  (gen_random_uuid(), 'normal',        810, '2024-01-01', NULL),
  (gen_random_uuid(), 'reduced',       260, '2024-01-01', NULL),
  (gen_random_uuid(), 'accommodation', 380, '2024-01-01', NULL),
  (gen_random_uuid(), 'exempt',          0, '2011-01-01', NULL),
  (gen_random_uuid(), 'zero_rated',      0, '2011-01-01', NULL);
