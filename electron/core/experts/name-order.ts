import { pinyin } from 'pinyin-pro'

/**
 * The key an expert's name sorts by, so lists read in the order Chinese
 * readers expect: by the name's pinyin (汉语拼音方案; GB/T 16159-2012 for
 * writing names in it), syllable by syllable, each with its tone number, the
 * surname read as a surname (单 shan4, 曾 zeng1, 解 xie4). Latin letters and
 * digits stay as they are, lower-cased. Stored with the row and indexed, so a
 * page of the list is sorted in SQL.
 */
export function nameSortKey(name: string): string {
  return pinyin(name.trim(), { toneType: 'num', surname: 'head', nonZh: 'consecutive', separator: ' ', v: true }).toLowerCase()
}
