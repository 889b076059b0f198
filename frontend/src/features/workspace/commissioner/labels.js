// Chinese names of the statuses and stages the staff pages show.
import { chineseMessage } from '@/utils/messages'

export const ORG_STATUS = { PENDING: '待审核', APPROVED: '已通过', REJECTED: '未通过', SUSPENDED: '已暂停' }
export const ORG_KIND = { ENTERPRISE: '制造企业', MANUFACTURER: '制造企业', PROVIDER: '服务商' }
export const SCENARIO_STATUS = {
  DRAFT: '草稿', SUBMITTED: '待审核', RETURNED: '已退回', APPROVED: '已通过', PUBLISHED: '已发布',
  IN_NEGOTIATION: '洽谈中', CONTRACTED: '已签约', ACCEPTED: '已验收', WITHDRAWN: '已撤回', CLOSED: '已关闭',
}
export const PLAN_STATUS = { QUEUED: '排队中', RUNNING: '计算中', READY: '待审定', PUBLISHED: '已发布', FAILED: '失败' }
export const BOARD_STAGES = [
  { value: 'RECOMMENDED', label: '推荐' },
  { value: 'INVITED', label: '邀请' },
  { value: 'RESPONDED', label: '响应' },
  { value: 'NEGOTIATING', label: '洽谈' },
  { value: 'CONTRACTED', label: '签约' },
  { value: 'IMPLEMENTING', label: '实施' },
  { value: 'ACCEPTED', label: '验收' },
]
export const REQUEST_STATUS = { OPEN: '待确认', ACKNOWLEDGED: '已确认', VISITED: '已上门', CLOSED: '已关闭' }
export const URGENCY = { LOW: '一般', NORMAL: '普通', HIGH: '紧急', URGENT: '特急' }
export const NOTE_KIND = { VISIT: '走访', CALL: '电话', NOTE: '备注' }

export function label(map, value) {
  return (value && map[value]) || value || '—'
}

/** The first server message for a field of an ApiError (its Chinese part), or ''. */
export function fieldError(err, field) {
  return err && typeof err.fieldErrors === 'function' ? chineseMessage(err.fieldErrors(field)[0] || '') : ''
}
