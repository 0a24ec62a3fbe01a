import { describe, expect, it } from 'vitest'
import { expertInput } from '../support/expert-fixtures'
import { nameSortKey } from '../../../electron/core/experts/name-order'
import { staff, testCore } from '../support/test-core'

const pool = ['张伟', '李娜', '曾国强', '单田芳', '安平', '陈静怡', '林永华', '吕方', '欧阳修', 'Smith 约翰']

describe('the expert pool in pinyin order', () => {
  it('keys names by their pinyin with tones, surnames read as surnames', () => {
    expect(nameSortKey('单田芳')).toBe('shan4 tian2 fang1')
    expect(nameSortKey('曾国强')).toBe('zeng1 guo2 qiang2')
    expect(nameSortKey(' 吕方 ')).toBe('lv3 fang1')
    expect(nameSortKey('李娜') < nameSortKey('林永华')).toBe(true)
  })

  it('lists, pages and filters the pool in that order, in SQL', async () => {
    const core = await testCore()
    const { clerk } = await staff(core)
    const fields = await clerk.must('fields.list', {})
    for (const name of pool) {
      await clerk.must('experts.create', expertInput([fields[0]!.id], { name, organisation: '测试单位', title: '高级工程师', termStart: '2024-01-01', termEnd: '2028-12-31' }))
    }
    const names: string[] = []
    let after: string | null = null
    do {
      const page: { items: { name: string }[]; next: string | null } = await clerk.must('experts.list', { limit: 3, after })
      names.push(...page.items.map((e) => e.name))
      after = page.next
    } while (after)
    // 安 an, 陈 chen, 李 li, 林 lin, 吕 lv, 欧阳 ou yang, 单 shan (as a surname), smith, 曾 zeng (as a surname), 张 zhang.
    expect(names).toEqual(['安平', '陈静怡', '李娜', '林永华', '吕方', '欧阳修', '单田芳', 'Smith 约翰', '曾国强', '张伟'])
    await core.close()
  })
})
