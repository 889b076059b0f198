import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { giveFeedback, scenarioMatches, uploadAttachment } from '@/api/marketplace'

function answer(status, body, type = 'application/json') {
  return new Response(body === undefined ? '' : JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

describe('marketplace API', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('uploads an attachment as multipart, letting the browser set the boundary', async () => {
    const fetchMock = vi.fn().mockResolvedValue(answer(201, { id: 9, attachments: [] }))
    vi.stubGlobal('fetch', fetchMock)
    await uploadAttachment(9, new File(['%PDF-1.4'], 'plan.pdf', { type: 'application/pdf' }))
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/proposals/9/attachments')
    expect(init.method).toBe('POST')
    expect(init.body).toBeInstanceOf(FormData)
    expect(init.body.get('file').name).toBe('plan.pdf')
    expect(init.headers['Content-Type']).toBeUndefined()
  })

  it('reads the match list and names the field of a feedback problem', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(answer(200, { items: [{ provider: { id: 1, name: 'A' }, score: 0.5, reasons: [] }] }))
      .mockResolvedValueOnce(answer(400, { status: 400, title: 'Bad Request', detail: '请说明原因', errors: [{ field: 'reason', message: '请说明原因' }] }, 'application/problem+json'))
    vi.stubGlobal('fetch', fetchMock)
    expect(await scenarioMatches(3, 10)).toHaveLength(1)
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/scenarios/3/matches?limit=10')
    const err = await giveFeedback(3, 1, 'NOT_A_FIT', '').catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.fieldErrors('reason')).toEqual(['请说明原因'])
    expect(JSON.parse(fetchMock.mock.calls[1][1].body)).toEqual({ verdict: 'NOT_A_FIT', reason: null })
  })
})
