/**
 * Short French and English stop-word lists for `commentThemes()`: articles, pronouns,
 * auxiliaries, prepositions and conjunctions, the words every comment has whatever it
 * says. Written accent-folded and lowercased, as the counted words are (`foldText`), so
 * `très` is `tres`. Kept short on purpose: negations (`pas`, `not`, `no`) and words of
 * degree (`trop`, `too`) are not stop words, they carry the complaint ("pas aimable",
 * "too long").
 */
const FR =
  'a ai aie aient ainsi alors as au aucun aussi autre aux avait avais avec avez avoir avons ayant c ca car ce ceci cela celle celui ces cet cette ceux chez comme d dans de des donc dont du elle elles en encore est et etaient etais etait ete etes etre eu eux fait faire fois ici il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ont or ou par parce peu peut pour qu quand que quel quelle quels qui s sa sans se ses si son sont soit sur t ta te tes toi ton tous tout toute toutes tu un une unes uns vos votre vous y deja tres avant apres depuis puis entre vers';
const EN =
  "a about after again all also am an and any are as at be been before being both but by can could did do does doing done each for from had has have having he her here hers him his how i i'm i've if in into is it it's its itself just me more most my myself of off on once only or other our ours out over own same she should so some such than that that's the their theirs them then there these they this those through to under until up very was we were what when where which while who whom why will with would you your yours yourself im ive";

export const STOP_WORDS: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set(FR.split(' ')),
  en: new Set(EN.split(' ')),
};
