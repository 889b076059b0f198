import { describe, expect, it } from 'vitest'
import { menuFor, mayOpen } from '@/features/workspace/menu'

const labels = (role, has) => menuFor(role, has).map((i) => i.label)

describe('workspace menu', () => {
  it('shows each role only what it may do', () => {
    expect(labels('ENTERPRISE')).toEqual(['工作台首页', '我的需求场景', '发布需求场景', '推荐服务商', '企业吹哨', '消息中心'])
    expect(labels('PROVIDER')).toEqual(['工作台首页', '机构资料与能力图谱', '推荐场景', '我的邀请', '订阅', '消息中心'])
    expect(labels('COMMISSIONER')).toEqual(['工作台首页', '消息中心', '机构审核', '场景审核', '批量匹配方案', '对接看板', '企业吹哨', '对接活动'])
    expect(labels('ADMIN')).toContain('数据导入')
    expect(labels('ADMIN')).toContain('场景审核')
    expect(labels('ADMIN')).not.toContain('发布需求场景')
    expect(labels(null)).toEqual([])
  })

  it('marks the entries whose page exists as available', () => {
    const menu = menuFor('ENTERPRISE', (name) => name === 'workspace' || name === 'ws-my-scenarios')
    expect(menu.filter((i) => i.available).map((i) => i.name)).toEqual(['workspace', 'ws-my-scenarios'])
  })

  it('checks a route against its roles', () => {
    expect(mayOpen('ADMIN', { meta: { roles: ['ADMIN'] } })).toBe(true)
    expect(mayOpen('PROVIDER', { meta: { roles: ['ADMIN'] } })).toBe(false)
    expect(mayOpen('PROVIDER', { meta: {} })).toBe(true)
  })
})
