import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import EventsPage from '@/features/workspace/commissioner/EventsPage.vue'
import { cancelEvent, eventDetail, events } from '@/api/staff'
import { ApiError } from '@/api/client'

vi.mock('@/api/staff', () => ({
  cancelEvent: vi.fn(),
  createEvent: vi.fn(),
  eventDetail: vi.fn(),
  events: vi.fn(),
  recordOutcomes: vi.fn(),
  shortlistInterest: vi.fn(),
}))
vi.mock('@/api/client', async (original) => ({ ...(await original()), searchScenarios: vi.fn() }))

const EVENT = {
  id: 9, kind: 'MATCHMAKING', title: '供需对接会', startsAt: '2026-12-01T02:00:00Z', place: '市民中心', status: 'PLANNED',
  organizer: true, outcomeNote: null, scenarios: [{ id: 1, title: '能耗监测' }], interests: [],
}

describe('events page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    events.mockResolvedValue([EVENT])
    eventDetail.mockResolvedValue(EVENT)
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  async function openEvent() {
    const wrapper = mount(EventsPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await flushPromises()
    await wrapper.find('li button').trigger('click')
    await flushPromises()
    return wrapper
  }

  it('calls a planned event off with the reason, then shows it as cancelled with that reason', async () => {
    cancelEvent.mockResolvedValue({ ...EVENT, status: 'CANCELLED', outcomeNote: '场地冲突' })
    const wrapper = await openEvent()
    await wrapper.find('#ev-cancel').setValue('场地冲突')
    await wrapper.find('[data-test="cancel-event"]').trigger('submit')
    await flushPromises()
    expect(cancelEvent).toHaveBeenCalledWith(9, '场地冲突')
    expect(wrapper.find('[data-test="cancel-reason"]').text()).toBe('取消原因：场地冲突')
    expect(wrapper.find('[data-test="cancel-event"]').exists()).toBe(false)
  })

  it('shows the server’s word on the reason beside the field', async () => {
    cancelEvent.mockRejectedValue(new ApiError({ status: 400, title: '请求有误', errors: [{ field: 'reason', message: '不能为空 (must not be blank)' }] }))
    const wrapper = await openEvent()
    await wrapper.find('[data-test="cancel-event"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="cancel-event"] [role="alert"]').text()).toBe('不能为空')
  })
})
