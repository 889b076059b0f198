import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import AnnualListsAdminPage from '@/features/workspace/admin/AnnualListsAdminPage.vue'
import { createList, draftLists, getListById, publishedLists } from '@/api/staff'

vi.mock('@/api/staff', () => ({
  addListEntries: vi.fn(),
  createList: vi.fn(),
  draftLists: vi.fn(),
  getListById: vi.fn(),
  publishList: vi.fn(),
  publishedLists: vi.fn(),
  removeListEntry: vi.fn(),
  reorderList: vi.fn(),
}))
vi.mock('@/api/client', () => ({ searchScenarios: vi.fn() }))

const DRAFT = { id: 4, slug: '2026-1', year: 2026, batch: '1', title: '2026 年第一批', version: 2, updatedAt: '2026-11-20T08:00:00Z', count: 3 }
const VIEW = { ...DRAFT, status: 'DRAFT', entries: [], createdAt: DRAFT.updatedAt }

const mountPage = () => mount(AnnualListsAdminPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })

describe('annual lists admin page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    publishedLists.mockResolvedValue([])
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('lists the drafts the server holds, whichever browser made them, and opens one', async () => {
    draftLists.mockResolvedValue([DRAFT])
    getListById.mockResolvedValue(VIEW)
    const wrapper = mountPage()
    await flushPromises()
    const drafts = wrapper.find('[data-test="draft-lists"]')
    expect(drafts.text()).toContain('#4 2026 · 2026 年第一批（3）')
    await drafts.find('button').trigger('click')
    await flushPromises()
    expect(getListById).toHaveBeenCalledWith(4)
    expect(wrapper.find('[data-test="list-current"]').exists()).toBe(true)
  })

  it('asks the server again for the drafts after creating one', async () => {
    draftLists.mockResolvedValueOnce([]).mockResolvedValue([DRAFT])
    createList.mockResolvedValue(VIEW)
    const wrapper = mountPage()
    await flushPromises()
    expect(wrapper.text()).toContain('暂无草稿')
    await wrapper.find('#al-title').setValue('2026 年第一批')
    await wrapper.find('[data-test="list-create"]').trigger('submit')
    await flushPromises()
    expect(createList).toHaveBeenCalledWith(expect.objectContaining({ title: '2026 年第一批' }))
    expect(draftLists).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-test="draft-lists"]').text()).toContain('2026 年第一批')
  })
})
