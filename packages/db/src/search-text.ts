/**
 * Text folded for searching: the accented Latin letters of Swiss and European names and the
 * typographic apostrophes map to their plain form, A–Z to a–z, everything else stays. "Zürich",
 * "ZURICH" and "zurich" fold alike. The database folds with the same table (function `sf_fold`,
 * migration `search_text`) into the `search_text` columns that triggers keep up to date; a test
 * checks that both agree character by character. Deterministic, locale-free (no `lower()`).
 */
export const SEARCH_FOLD_FROM = 'àáâãäåāăąÀÁÂÃÄÅĀĂĄçćčÇĆČďĎèéêëēėęěÈÉÊËĒĖĘĚìíîïīįÌÍÎÏĪĮłŁñńňÑŃŇòóôõöøōőÒÓÔÕÖØŌŐřŘśšşșŚŠŞȘťţțŤŢȚùúûüūůűųÙÚÛÜŪŮŰŲýÿÝŸźżžŹŻŽ’‘`´ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const SEARCH_FOLD_TO = "aaaaaaaaaaaaaaaaaaccccccddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrssssssssttttttuuuuuuuuuuuuuuuuyyyyzzzzzz''''abcdefghijklmnopqrstuvwxyz";

const FOLD = new Map([...SEARCH_FOLD_FROM].map((c, i) => [c, SEARCH_FOLD_TO[i]!]));

export function foldSearchText(text: string): string {
  let out = '';
  for (const c of text) out += FOLD.get(c) ?? c;
  return out;
}
