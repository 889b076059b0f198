import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import ImportPage from '@/features/workspace/admin/ImportPage.vue'
import { importJob, uploadImport } from '@/api/staff'
import { ApiError } from '@/api/client'
import { rejectedRows, rowsToCsv } from '@/features/workspace/admin/importRows'

vi.mock('@/api/staff', () => ({ uploadImport: vi.fn(), importJob: vi.fn() }))

function mountPage() {
  return mount(ImportPage, { props: { pollMillis: 5 }, global: { plugins: [ElementPlus] }, attachTo: document.body })
}

async function chooseFile(wrapper, name, text) {
  const file = new File([text], name, { type: 'application/json' })
  const input = wrapper.find('[data-test="import-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
  return file
}

const RESULT = {
  created: 2,
  updated: 0,
  rejected: [{ index: 1, externalId: 'SC-BAD', errors: [{ field: 'category', message: '未知的场景类别：NOPE' }] }],
  ids: {},
}

describe('import page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('uploads the chosen file, follows the job to 100 % and names the bad row and field', async () => {
    uploadImport.mockResolvedValue({ id: 7, status: 'RUNNING', processed: 0, created: 0, updated: 0, rejectedCount: 0 })
    importJob
      .mockResolvedValueOnce({ id: 7, status: 'RUNNING', processed: 1, created: 1, updated: 0, rejectedCount: 0 })
      .mockResolvedValue({ id: 7, status: 'DONE', processed: 3, created: 2, updated: 0, rejectedCount: 1, result: RESULT })
    const wrapper = mountPage()
    const file = await chooseFile(wrapper, 'scenarios.json', JSON.stringify([{}, {}, {}]))
    await wrapper.find('[data-test="import-form"]').trigger('submit')
    await flushPromises()

    expect(uploadImport).toHaveBeenCalledWith('scenarios', file, expect.objectContaining({ status: '' }))
    expect(wrapper.find('[data-test="import-counts"]').text()).toContain('/ 3')

    await vi.waitFor(() => expect(wrapper.find('[data-test="import-rejected"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="import-progress"]').text()).toContain('100%')
    const table = wrapper.find('[data-test="import-rejected"]').text()
    expect(table).toContain('第 2 条')
    expect(table).toContain('SC-BAD')
    expect(table).toContain('category')
    expect(table).toContain('未知的场景类别')
    expect(wrapper.find('[data-test="import-download"]').exists()).toBe(true)
  })

  it('shows the server problem where the user acted when the upload is refused', async () => {
    uploadImport.mockRejectedValue(new ApiError({ status: 400, detail: '文件不是有效的 .xlsx', errors: [{ field: 'file', message: '无法读取' }] }))
    const wrapper = mountPage()
    await chooseFile(wrapper, 'bad.xlsx', 'x')
    await wrapper.find('[data-test="import-form"]').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[data-test="import-error"]').text()
    expect(alert).toContain('文件不是有效的 .xlsx')
    expect(alert).toContain('file：无法读取')
    expect(wrapper.find('[data-test="import-job"]').exists()).toBe(false)
  })

  it('asks for a file before uploading', async () => {
    const wrapper = mountPage()
    await wrapper.find('[data-test="import-form"]').trigger('submit')
    await flushPromises()
    expect(uploadImport).not.toHaveBeenCalled()
    expect(wrapper.find('[data-test="import-error"]').text()).toContain('请先选择')
  })
})

describe('rejected rows', () => {
  it('become one row per field error, numbered from 1, and CSV with quoting', () => {
    const rows = rejectedRows({
      rejected: [{ index: 3, externalId: 'X', errors: [{ field: '$', message: '不是 JSON, 无法读取' }, { field: 'title', message: '必填' }] }],
    })
    expect(rows).toEqual([
      { row: 4, externalId: 'X', field: '（整条记录）', message: '不是 JSON, 无法读取' },
      { row: 4, externalId: 'X', field: 'title', message: '必填' },
    ])
    expect(rowsToCsv(rows).split('\r\n')[1]).toBe('4,X,（整条记录）,"不是 JSON, 无法读取"')
  })
})
