import { type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FundingProject } from '../../cms/payload-types'
import { apiClient } from './support/api'
import { makeOrganization, makeProject, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

/** The field paths and messages of a rejected write. */
async function rejection(write: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await write
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors.map(({ path, message }) => ({ path, message }))
  }
  throw new Error('the write was accepted')
}

describe(`bad input is rejected with the field named, and nothing changes (${testDatabase})`, () => {
  let payload: Payload
  let projectId: number | string
  let snapshot: unknown

  const stored = async () =>
    payload.findByID({ collection: 'funding-projects', id: projectId, locale: 'all', depth: 0, draft: true })

  /** The errors of an Italian update of the project, which must be refused. */
  const rejectedUpdate = (data: Partial<FundingProject>) =>
    rejection(payload.update({ collection: 'funding-projects', id: projectId, data, locale: 'it' }))

  beforeAll(async () => {
    payload = await startTestCms()
    const project = await payload.create({
      collection: 'funding-projects',
      data: makeProject({ title: 'Health cluster' }),
      locale: 'it',
    })
    projectId = project.id
    await payload.update({
      collection: 'funding-projects',
      id: projectId,
      data: { title: 'Klaster zdrowia' },
      locale: 'pl',
    })
    snapshot = await stored()
  })
  afterAll(async () => payload?.destroy())

  it('derives the co-financing rate and ignores a typed-in one', async () => {
    const project = await payload.create({
      collection: 'funding-projects',
      data: makeProject({ coFinancingRate: 12 }),
      locale: 'it',
    })
    expect(project.coFinancingRate).toBe(85)
  })

  it('computes a missing total from the EU and own contributions', async () => {
    const project = await payload.create({
      collection: 'funding-projects',
      data: makeProject({
        totalBudget: undefined,
        euContribution: '1337521.14',
        ownContribution: '303345.71',
      }),
      locale: 'lt',
    })
    expect(project.totalBudget).toBe('1640866.85')
    expect(project.coFinancingRate).toBe(81.51)
  })

  it('records which amount it computed, keeps the mark through saves, and drops it once someone types that amount', async () => {
    const project = await payload.create({
      collection: 'funding-projects',
      data: makeProject({ totalBudget: '1000.00', euContribution: '800.00', ownContribution: undefined }),
      locale: 'en',
    })
    expect(project.ownContribution).toBe('200.00')
    expect(project.derivedAmount).toBe('ownContribution')
    // a save that leaves the amounts alone (as the admin's form sends them all) keeps the mark
    const resaved = await payload.update({
      collection: 'funding-projects',
      id: project.id,
      data: { title: 'Renamed', totalBudget: '1000.00', euContribution: '800.00', ownContribution: '200.00' },
      locale: 'en',
    })
    expect(resaved.derivedAmount).toBe('ownContribution')
    // typing that amount (here with the total that goes with it) makes it a stated one
    const typed = await payload.update({
      collection: 'funding-projects',
      id: project.id,
      data: { totalBudget: '1050.00', ownContribution: '250.00' },
      locale: 'en',
    })
    expect(typed.derivedAmount).toBeNull()
    // nobody can claim an amount was computed: a value sent for the mark is not taken
    const stated = await payload.create({
      collection: 'funding-projects',
      data: makeProject({ derivedAmount: 'totalBudget' }),
      locale: 'en',
    })
    expect(stated.derivedAmount ?? null).toBeNull()
  })

  it('rejects a budget that does not add up, naming the three fields', async () => {
    const before = await payload.count({ collection: 'funding-projects' })
    const errors = await rejection(
      payload.create({
        collection: 'funding-projects',
        data: makeProject({ ownContribution: '83168.03' }),
        locale: 'it',
      }),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['euContribution', 'ownContribution', 'totalBudget'])
    expect(errors[0].message).toMatch(/471285\.45.*83168\.03.*554453\.48.*554453\.47/)
    expect(await payload.count({ collection: 'funding-projects' })).toEqual(before)
  })

  it('rejects an update that breaks the budget and leaves the stored project as it was', async () => {
    const errors = await rejectedUpdate({ euContribution: '500000.00', title: 'Changed' })
    expect(errors.map((e) => e.path)).toContain('euContribution')
    expect(await stored()).toEqual(snapshot)
  })

  it('rejects a period that ends before it starts', async () => {
    const errors = await rejectedUpdate({ periodStart: '2019-12-31', periodEnd: '2017' })
    expect(errors).toContainEqual({
      path: 'periodEnd',
      message: 'The period ends (2017) before it starts (2019-12-31).',
    })
    expect(await stored()).toEqual(snapshot)
  })

  it('rejects malformed amounts and impossible dates', async () => {
    const money = await rejectedUpdate({ totalBudget: '554453,47' })
    expect(money).toContainEqual({
      path: 'totalBudget',
      message: expect.stringMatching(/"554453,47" is not an amount/),
    })
    const date = await rejectedUpdate({ periodStart: '2021-02-30' })
    expect(date).toContainEqual({ path: 'periodStart', message: '"2021-02-30" is not a day of the calendar' })
    expect(await stored()).toEqual(snapshot)
  })

  it('accepts amounts typed with spaces as thousands separators and stores them exactly', async () => {
    const project = await payload.create({
      collection: 'funding-projects',
      data: makeProject({
        totalBudget: '554 453.47',
        euContribution: '471 285.45',
        ownContribution: '83 168.02',
      }),
      locale: 'it',
    })
    expect([project.totalBudget, project.euContribution, project.ownContribution]).toEqual([
      '554453.47',
      '471285.45',
      '83168.02',
    ])
  })

  it('rejects partner shares larger than the project and a second lead partner', async () => {
    const org = await payload.create({ collection: 'organizations', data: makeOrganization(), locale: 'pl' })
    const shares = await rejectedUpdate({ partnerShares: [{ organization: org.id, euContribution: '471285.46' }] })
    expect(shares).toContainEqual({
      path: 'partnerShares',
      message: expect.stringMatching(/471285\.46, more than the project's EU contribution/),
    })
    const leads = await rejectedUpdate({
      partners: [
        { organization: org.id, role: 'lead-partner' },
        { organization: org.id, role: 'lead-partner' },
      ],
    })
    expect(leads).toContainEqual({ path: 'partners', message: 'A project has at most one lead partner.' })
    expect(await stored()).toEqual(snapshot)
  })

  it('rejects an event that ends before it starts', async () => {
    const errors = await rejection(
      payload.create({
        collection: 'events',
        data: { title: 'Meeting', startDate: '2013-06-19', endDate: '2013-06-18', sourceLocale: 'pl' },
        locale: 'pl',
      }),
    )
    expect(errors).toEqual([{ path: 'endDate', message: 'The event ends (2013-06-18) before it starts (2013-06-19).' }])
    expect(await payload.count({ collection: 'events' })).toEqual({ totalDocs: 0 })
  })

  it('rejects a translator without assigned locales', async () => {
    const errors = await rejection(
      payload.create({
        collection: 'users',
        data: { email: 't@example.com', password: 'long-password-1', role: 'translator' },
      }),
    )
    expect(errors).toContainEqual({
      path: 'assignedLocales',
      message: 'A translator needs at least one assigned locale.',
    })
  })

  it('answers a REST write with 400 and the field and problem, and stores nothing', async () => {
    const { token } = await signIn(payload, 'editor')
    const api = apiClient(payload)
    const { status, body } = await api.send(
      'PATCH',
      `/api/funding-projects/${projectId}?locale=it`,
      { ownContribution: '1.00' },
      token,
    )
    expect(status).toBe(400)
    const fields = body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(fields).toContain('ownContribution')
    expect(body.errors[0].data.errors[0].message).toMatch(/not the total budget \(554453\.47\)/)
    expect(await stored()).toEqual(snapshot)
  })
})
