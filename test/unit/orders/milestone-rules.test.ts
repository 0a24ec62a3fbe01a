import { describe, it, expect } from 'vitest'
import { acceptanceBlockers, milestoneStatus, type DeviationState } from '../../../electron/core/orders/milestone-rules'
import { assertOrderTransition } from '../../../electron/core/orders/order-status'
import { shanghaiDay } from '../../../electron/shared/shanghai-time'
import { AppError } from '../../../electron/shared/errors'
import { orderStatuses, type OrderStatus } from '../../../electron/shared/orders'

const planting = { title: '种植水生植物', dueDate: '2024-06-30', progress: 'in_progress' as const, openDeviations: 0 }

describe('milestoneStatus', () => {
  it('is not overdue on its due day, and overdue the day after', () => {
    expect(milestoneStatus(planting, '2024-06-29')).toEqual({ status: 'in_progress', overdue: false, deviated: false })
    expect(milestoneStatus(planting, '2024-06-30')).toEqual({ status: 'in_progress', overdue: false, deviated: false })
    expect(milestoneStatus(planting, '2024-07-01')).toEqual({ status: 'overdue', overdue: true, deviated: false })
  })

  it('counts the due day in Asia/Shanghai: 00:30 on 1 July there is still 30 June in UTC', () => {
    const today = shanghaiDay('2024-06-30T16:30:00Z')
    expect(today).toBe('2024-07-01')
    expect(milestoneStatus(planting, today).overdue).toBe(true)
  })

  it('is never overdue once done, and shows pending when not started', () => {
    expect(milestoneStatus({ ...planting, progress: 'done' }, '2025-01-01')).toEqual({ status: 'done', overdue: false, deviated: false })
    expect(milestoneStatus({ ...planting, progress: 'pending' }, '2024-06-01').status).toBe('pending')
  })

  it('shows deviated while a deviation is open, before overdue and even when done', () => {
    expect(milestoneStatus({ ...planting, openDeviations: 1 }, '2024-07-02')).toEqual({ status: 'deviated', overdue: true, deviated: true })
    expect(milestoneStatus({ ...planting, progress: 'done', openDeviations: 2 }, '2024-06-01')).toEqual({
      status: 'deviated',
      overdue: false,
      deviated: true
    })
  })
})

const deadPlants: DeviationState = {
  description: '东侧种植区菖蒲成活率不足五成',
  severity: 'major',
  correctiveAction: '补种菖蒲并提交养护记录',
  dueDate: '2024-07-15',
  closedOn: null
}

describe('acceptanceBlockers', () => {
  it('lists open deviations and unfinished milestones as facts, not sentences', () => {
    expect(
      acceptanceBlockers({
        milestones: [
          { title: '清淤', progress: 'done' },
          { title: '种植水生植物', progress: 'in_progress' },
          { title: '水质达标', progress: 'pending' }
        ],
        deviations: [deadPlants, { ...deadPlants, description: '围挡破损', severity: 'minor', closedOn: '2024-06-20' }]
      })
    ).toEqual([
      { kind: 'open_deviation', description: '东侧种植区菖蒲成活率不足五成', severity: 'major', correctiveAction: '补种菖蒲并提交养护记录', dueDate: '2024-07-15' },
      { kind: 'milestone_not_done', title: '种植水生植物', progress: 'in_progress' },
      { kind: 'milestone_not_done', title: '水质达标', progress: 'pending' }
    ])
  })

  it('is empty when every milestone is done and every deviation closed', () => {
    expect(
      acceptanceBlockers({ milestones: [{ title: '清淤', progress: 'done' }], deviations: [{ ...deadPlants, closedOn: '2024-07-10' }] })
    ).toEqual([])
  })
})

describe('order status transitions', () => {
  const ready = { milestones: [{ title: '清淤', progress: 'done' as const }], deviations: [] }
  const allowed: [OrderStatus, OrderStatus][] = [
    ['draft', 'issued'],
    ['issued', 'in_progress'],
    ['issued', 'closed'],
    ['in_progress', 'accepted'],
    ['in_progress', 'failed'],
    ['in_progress', 'closed']
  ]

  it('allows exactly draft → issued → in progress → accepted, failed or closed, and issued → closed', () => {
    for (const from of orderStatuses) {
      for (const to of orderStatuses) {
        const move = () => assertOrderTransition({ ...ready, status: from }, to)
        if (allowed.some(([a, b]) => a === from && b === to)) expect(move).not.toThrow()
        else expect(move).toThrow(AppError)
      }
    }
  })

  it('names the refused move and what is possible instead', () => {
    expect(() => assertOrderTransition({ ...ready, status: 'draft' }, 'accepted')).toThrow(
      '修复令不能从“草稿”改为“已验收”（只能改为：已签发）'
    )
    try {
      assertOrderTransition({ ...ready, status: 'accepted' }, 'in_progress')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('invalid_input')
      expect((error as AppError).fieldErrors).toEqual({ status: '修复令不能从“已验收”改为“执行中”（“已验收”为最终状态）' })
    }
  })

  it('refuses acceptance while a deviation is open or a milestone is not done', () => {
    expect(() => assertOrderTransition({ status: 'in_progress', milestones: ready.milestones, deviations: [deadPlants] }, 'accepted')).toThrow(
      '尚不能验收：偏差未关闭：东侧种植区菖蒲成活率不足五成（较重；整改要求：补种菖蒲并提交养护记录；整改期限 2024-07-15）'
    )
    expect(() =>
      assertOrderTransition({ status: 'in_progress', milestones: [{ title: '水质达标', progress: 'in_progress' }], deviations: [] }, 'accepted')
    ).toThrow('尚不能验收：节点未完成：水质达标（进行中）')
    // Failing or closing an order is how it ends when the work is not done: not blocked.
    expect(() => assertOrderTransition({ status: 'in_progress', milestones: [], deviations: [deadPlants] }, 'failed')).not.toThrow()
  })
})
