// Chinese names and tag colours of the marketplace's statuses and verdicts, shared by the
// enterprise and provider workspaces.
import { chineseMessage } from '@/utils/messages'
export const SCENARIO_STATUS = {
  DRAFT: ['草稿', 'info'],
  SUBMITTED: ['待审核', 'warning'],
  RETURNED: ['已退回', 'danger'],
  APPROVED: ['已审核', 'primary'],
  PUBLISHED: ['已发布', 'success'],
  IN_NEGOTIATION: ['洽谈中', 'primary'],
  CONTRACTED: ['已签约', 'success'],
  ACCEPTED: ['已验收', 'success'],
  WITHDRAWN: ['已撤回', 'info'],
  CLOSED: ['已关闭', 'info'],
}
export const PROPOSAL_STATUS = {
  SUBMITTED: ['已提交', 'primary'],
  SHORTLISTED: ['入围', 'warning'],
  AWARDED: ['中选', 'success'],
  CONTRACTED: ['已签约', 'success'],
  ACCEPTED: ['已验收', 'success'],
  DECLINED: ['未入选', 'danger'],
  WITHDRAWN: ['已撤回', 'info'],
}
export const INVITATION_STATUS = { INVITED: ['待答复', 'warning'], ACCEPTED: ['已接受', 'success'], DECLINED: ['已谢绝', 'info'] }
export const REQUEST_STATUS = {
  OPEN: ['待受理', 'warning'],
  ACKNOWLEDGED: ['已受理', 'primary'],
  VISITED: ['已上门', 'success'],
  CLOSED: ['已办结', 'info'],
}
export const URGENCY = { LOW: '一般', NORMAL: '较急', HIGH: '紧急', URGENT: '特急' }
export const VERDICTS = [
  { value: 'GOOD', label: '合适' },
  { value: 'NOT_A_FIT', label: '不合适' },
  { value: 'CONTACTED', label: '已联系' },
  { value: 'CONTRACTED', label: '已签约' },
]
export const VERDICT_NAME = Object.fromEntries(VERDICTS.map((v) => [v.value, v.label]))
export const REASON_KIND = {
  capability: '能力匹配',
  technique: '技术契合',
  industry: '行业经验',
  evidence: '案例与产品',
  region: '服务地域',
  quality: '服务质量',
  summary: '匹配理由',
}

export const statusName = (map, s) => (map[s] ? map[s][0] : s || '')
export const statusType = (map, s) => (map[s] ? map[s][1] : 'info')

/** The first server message for one field of an ApiError, or '' (for el-form-item :error). */
export function fieldError(err, field) {
  if (!err || typeof err.fieldErrors !== 'function') return ''
  return chineseMessage(err.fieldErrors(field)[0] || '')
}

/** Messages of an ApiError not tied to any of `shownFields` (to show above the form). */
export function otherErrors(err, shownFields) {
  if (!err) return ''
  const rest = (err.errors || []).filter((e) => !e.field || !shownFields.some((f) => e.field === f || e.field.startsWith(`${f}.`) || e.field.startsWith(`${f}[`)))
  if (!err.errors?.length) return err.message
  return rest.length ? rest.map((e) => (e.field ? `${e.field}：${chineseMessage(e.message)}` : e.message)).join('；') : ''
}

/** Groups match reasons by kind: [{ kind, label, reasons: [{text, evidence}] }]. */
export function groupReasons(reasons) {
  const groups = new Map()
  for (const raw of reasons || []) {
    // Proposals carry their match's reasons as plain sentences.
    const r = typeof raw === 'string' ? { kind: 'summary', text: raw, evidence: [] } : raw
    const kind = r?.kind || 'other'
    if (!groups.has(kind)) groups.set(kind, { kind, label: REASON_KIND[kind] || '其他', reasons: [] })
    // The engine starts a sentence with its own short label ("技术: …"); the group already says it.
    const text = REASON_KIND[kind] ? (r.text || '').replace(/^[^:：]{1,6}[:：]\s*/, '') : r.text || ''
    groups.get(kind).reasons.push({ text, evidence: Array.isArray(r.evidence) ? r.evidence : [] })
  }
  return [...groups.values()]
}

/** 元 → "12.5 万元". */
export function money(v) {
  if (v === null || v === undefined || v === '') return ''
  const n = Number(v)
  return n >= 10000 ? `${(n / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元` : `${n.toLocaleString('zh-CN')} 元`
}
