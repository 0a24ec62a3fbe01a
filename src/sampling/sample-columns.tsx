import { Space, Tag } from 'antd'
import type { TFunction } from 'i18next'
import { Link } from 'react-router-dom'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import type { matrices } from '../../electron/shared/sampling'

interface SampleRow {
  id: string
  code: string
  /** A flag, or who voided it and why: shown as 已作废 either way. */
  voided: unknown
  siteName: string
  sampledAt: string
  sampler: string
}

/**
 * The columns every list of samples shows alike (the 采样 list, a case's
 * samples tab, a visit's samples): the code linked to the sample, marked
 * when voided; the site; when it was sampled, in Asia/Shanghai; the sampler.
 */
export function sampleColumns<T extends SampleRow>(t: TFunction) {
  return {
    code: {
      title: t('sampling.code'),
      key: 'code',
      render: (_: unknown, s: T) => (
        <Space>
          <Link to={`/samples/${s.id}`}>{s.code}</Link>
          {Boolean(s.voided) && <Tag>{t('sampling.voided')}</Tag>}
        </Space>
      )
    },
    site: { title: t('sampling.site'), key: 'site', render: (_: unknown, s: T) => s.siteName },
    sampledAt: { title: t('sampling.sampledAt'), key: 'at', render: (_: unknown, s: T) => formatShanghai(s.sampledAt) },
    matrix: { title: t('sampling.matrix'), key: 'matrix', render: (_: unknown, s: T & { matrix: (typeof matrices)[number] }) => t(`sampling.matrices.${s.matrix}`) },
    sampler: { title: t('sampling.sampler'), key: 'sampler', render: (_: unknown, s: T) => s.sampler }
  }
}
