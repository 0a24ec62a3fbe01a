import { describe, expect, it } from 'vitest'
import { documentTokens, matchExpression, searchableCharacters } from '../../../electron/core/search/search-terms'

describe('search terms', () => {
  it('cuts a document into its characters and, per text, its character pairs, with a break between texts', () => {
    expect(documentTokens(['污染环境罪', '黎某'])).toEqual({ unigrams: '污 染 环 境 罪 黎 某', bigrams: '污染 染环 环境 境罪 x 黎某' })
  })

  it('folds full-width and case, and drops punctuation, so both spellings of a case number match', () => {
    expect(searchableCharacters('（２０２０）闽0626刑初123号').join('')).toBe(searchableCharacters('(2020)闽0626刑初123号').join(''))
    expect(searchableCharacters('2024-0723-G7-SD').join('')).toBe('20240723g7sd')
  })

  it('asks the unigram column for one character and the bigram phrase for more', () => {
    expect(matchExpression('林')).toBe('unigrams : "林"')
    expect(matchExpression('污染')).toBe('bigrams : "污染"')
    expect(matchExpression('采矿罪')).toBe('bigrams : "采矿 矿罪"')
    expect(matchExpression('黎某  污染')).toBe('bigrams : "黎某" AND bigrams : "污染"')
  })

  it('keeps FTS5 syntax out of the query: quotes, stars, colons and operators are words or dropped', () => {
    expect(matchExpression('"污染" *')).toBe('bigrams : "污染"')
    expect(matchExpression('NEAR(林 某)')).toBe('bigrams : "ne ea ar r林" AND unigrams : "某"')
    expect(matchExpression('a OR b')).toBe('unigrams : "a" AND bigrams : "or" AND unigrams : "b"')
    expect(matchExpression('bigrams:污染^')).toBe('bigrams : "bi ig gr ra am ms s污 污染"')
  })

  it('refuses, in Chinese on the search field, a term with nothing searchable', () => {
    for (const bad of ['"', '*', '()', '：-^']) {
      expect(() => matchExpression(bad)).toThrow(expect.objectContaining({ code: 'invalid_input', fieldErrors: { search: '搜索词须包含汉字、字母或数字' } }))
    }
  })
})
