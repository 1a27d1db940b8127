-- Accent-insensitive search: "zurich" finds "Zürich". sf_fold() maps the accented Latin letters
-- and typographic apostrophes to their plain form and A-Z to a-z (the same table as
-- foldSearchText in packages/db/src/search-text.ts, checked by a test); triggers keep each row's
-- search_text, which the lists match with LIKE.
CREATE FUNCTION sf_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate($1, 'àáâãäåāăąÀÁÂÃÄÅĀĂĄçćčÇĆČďĎèéêëēėęěÈÉÊËĒĖĘĚìíîïīįÌÍÎÏĪĮłŁñńňÑŃŇòóôõöøōőÒÓÔÕÖØŌŐřŘśšşșŚŠŞȘťţțŤŢȚùúûüūůűųÙÚÛÜŪŮŰŲýÿÝŸźżžŹŻŽ’‘`´ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'aaaaaaaaaaaaaaaaaaccccccddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrssssssssttttttuuuuuuuuuuuuuuuuyyyyzzzzzz''''''''abcdefghijklmnopqrstuvwxyz')
$$;

-- AlterTable
ALTER TABLE "client" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION client_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := sf_fold(concat_ws(' ', NEW.name, NEW.contact_name, NEW.town, NEW.email));
  RETURN NEW;
END
$$;
CREATE TRIGGER client_search_text BEFORE INSERT OR UPDATE ON "client" FOR EACH ROW EXECUTE FUNCTION client_search_text();

CREATE FUNCTION product_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := sf_fold(concat_ws(' ', NEW.name, NEW.description));
  RETURN NEW;
END
$$;
CREATE TRIGGER product_search_text BEFORE INSERT OR UPDATE ON "product" FOR EACH ROW EXECUTE FUNCTION product_search_text();

-- Existing rows (the triggers fill them).
UPDATE "client" SET "search_text" = '';
UPDATE "product" SET "search_text" = '';
