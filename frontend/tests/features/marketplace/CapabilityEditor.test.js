import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import CapabilityEditor from '@/features/workspace/provider/CapabilityEditor.vue'
import { mountWith, settle } from './helpers'

const cap = (category) => ({ category, modes: [], industries: [], techTags: [], description: '' })

describe('CapabilityEditor', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('adds and removes capability rows in the model', async () => {
    const model = [cap('PROD')]
    const wrapper = mountWith(CapabilityEditor, { props: { modelValue: model, 'onUpdate:modelValue': () => {} } })
    await wrapper.find('[data-test="add-capability"]').trigger('click')
    expect(model).toHaveLength(2)
    expect(wrapper.findAll('[data-test^="capability-"]').filter((w) => /capability-\d/.test(w.attributes('data-test')))).toHaveLength(2)
    await wrapper.find('[aria-label="删除能力 1"]').trigger('click')
    expect(model).toEqual([cap('')])
  })

  it('shows a server problem on the row its path names', async () => {
    const problem = new ApiError({ status: 400, errors: [{ field: 'capabilities[1].category', message: '未知的服务类别：XYZ' }] })
    const wrapper = mountWith(CapabilityEditor, { props: { modelValue: [cap('PROD'), cap('XYZ')], problem } })
    await settle()
    const rowError = (i) => wrapper.find(`[data-test="capability-${i}"]`).find('.el-form-item__error')
    expect(rowError(0).exists()).toBe(false)
    expect(rowError(1).text()).toBe('未知的服务类别：XYZ')
  })

  it('says what to do when the map is empty, and the list-level problem', () => {
    const problem = new ApiError({ status: 400, errors: [{ field: 'capabilities', message: '申请入库前至少填写一项服务能力' }] })
    const wrapper = mountWith(CapabilityEditor, { props: { modelValue: [], problem } })
    expect(wrapper.find('[data-test="capability-empty"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('申请入库前至少填写一项服务能力')
  })
})
