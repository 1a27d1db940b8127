-- The latest document date drawn from each sequence, so that issuing can refuse a date before it
-- (numbers of one series follow their dates) without reading the documents under the row lock.
ALTER TABLE "number_sequence" ADD COLUMN "last_date" DATE;

-- Existing sequences: the latest date of the numbered documents each one gave out (year 0 is a
-- pattern without {YYYY}/{YY}: one run for all years).
UPDATE "number_sequence" s SET "last_date" = CASE
  WHEN s."series" = 'quote' THEN (
    SELECT max(q."issue_date") FROM "quote" q
    WHERE q."organisation_id" = s."organisation_id" AND q."number" IS NOT NULL
      AND (s."year" = 0 OR extract(year FROM q."issue_date") = s."year"))
  ELSE (
    SELECT max(i."issue_date") FROM "invoice" i
    WHERE i."organisation_id" = s."organisation_id" AND i."kind"::text = s."series" AND i."number" IS NOT NULL
      AND (s."year" = 0 OR extract(year FROM i."issue_date") = s."year"))
END;
