import { AppError } from '../../shared/errors'

/**
 * How text becomes searchable, for the FTS5 index (search-index.ts) and for
 * the user's query alike, so both sides are cut the same way.
 *
 * Chinese has no spaces between words, and FTS5's trigram tokenizer matches
 * nothing shorter than three characters, yet a clerk types 林 or 污染. So a
 * document is indexed twice over: its single characters (for a one-character
 * term) and its overlapping character pairs, bigrams (for longer terms). A
 * term of n ≥ 2 characters is the FTS5 phrase of its n − 1 bigrams: a phrase
 * matches consecutive positions only, so it finds exactly the documents
 * holding the term as a substring (the CJK bigram scheme of Lucene's
 * CJKAnalyzer). Each lookup reads one or a few short doclists, never a scan.
 */

/**
 * Only letters and digits, NFKC-folded (full-width ０６２６ and ＳＷ become
 * ASCII) and in lower case: punctuation never separates a case number or a
 * sample code the same way twice (（2020）闽0626… against (2020)闽0626…,
 * 2024-0723 against 20240723), and every FTS5 syntax character (`"` `*` `:`
 * `(` `^` `-` `+`) is dropped, so no user text can reach the query grammar.
 */
export function searchableCharacters(text: string): string[] {
  return Array.from(text.normalize('NFKC').toLowerCase()).filter((c) => /[\p{L}\p{N}]/u.test(c))
}

/**
 * A token no term ever produces in the bigram column (terms put only
 * two-character tokens there): it stands between two texts of one
 * document, so a phrase cannot match across the end of one text and the
 * start of the next.
 */
const textBreak = 'x'

/** The two indexed columns of a document made of several texts (a case's number, cause, parties …). */
export function documentTokens(texts: readonly string[]): { unigrams: string; bigrams: string } {
  const unigrams = new Set<string>()
  const bigrams: string[] = []
  for (const text of texts) {
    const chars = searchableCharacters(text)
    if (chars.length === 0) continue
    chars.forEach((c) => unigrams.add(c))
    if (bigrams.length > 0) bigrams.push(textBreak)
    for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i]! + chars[i + 1]!)
  }
  return { unigrams: [...unigrams].join(' '), bigrams: bigrams.join(' ') }
}

/**
 * The FTS5 match expression for what the user typed: each word (split at
 * spaces) must occur, a one-character word in the unigram column, a longer
 * one as the phrase of its bigrams. Tokens hold only letters and digits (see
 * {@link searchableCharacters}) and are quoted, so `NEAR`, `AND` or `OR`
 * typed by a user are words to find, not operators.
 *
 * @throws AppError `invalid_input` (on `search`) when nothing searchable is left, such as `"*"`.
 */
export function matchExpression(search: string): string {
  const words = search
    .split(/\s+/)
    .map(searchableCharacters)
    .filter((chars) => chars.length > 0)
  if (words.length === 0) {
    throw new AppError('invalid_input', 'search_needs_words', {}, { search: 'search_needs_words' })
  }
  return words
    .map((chars) => {
      if (chars.length === 1) return `unigrams : "${chars[0]}"`
      const pairs = chars.slice(1).map((c, i) => chars[i]! + c)
      return `bigrams : "${pairs.join(' ')}"`
    })
    .join(' AND ')
}
