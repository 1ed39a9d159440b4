/** Small factories for valid documents; each test states only what it is about. */
import { randomBytes } from 'node:crypto'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { LocaleCode } from '../../../cms/locales'
import type { User } from '../../../cms/payload-types'

const uid = () => randomBytes(4).toString('hex')

/** Valid organisation data in one locale. */
export function makeOrganization(
  overrides: Partial<RequiredDataFromCollectionSlug<'organizations'>> = {},
): RequiredDataFromCollectionSlug<'organizations'> {
  return { name: `Organisation ${uid()}`, country: 'PL', kinds: ['association'], sourceLocale: 'pl', ...overrides }
}

/** Creates a published organisation (valid data in `locale`) and returns its id. */
export async function createPublishedOrganization(
  payload: Payload,
  locale: LocaleCode = 'pl',
): Promise<number | string> {
  const doc = await payload.create({
    collection: 'organizations',
    data: { ...makeOrganization(), _status: 'published' },
    locale,
  })
  return doc.id
}

/** Valid funding project data in one locale, with a budget that adds up. */
export function makeProject(
  overrides: Partial<RequiredDataFromCollectionSlug<'funding-projects'>> = {},
): RequiredDataFromCollectionSlug<'funding-projects'> {
  return {
    title: `Project ${uid()}`,
    sourceLocale: 'it',
    currency: 'EUR',
    totalBudget: '554453.47',
    euContribution: '471285.45',
    ownContribution: '83168.02',
    periodStart: '2017-01',
    periodEnd: '2021-12-31',
    ...overrides,
  }
}

/** Creates a user with a role and returns a JWT for API calls. */
export async function signIn(
  payload: Payload,
  role: User['role'],
  extra: Partial<RequiredDataFromCollectionSlug<'users'>> = {},
) {
  const email = `${role}-${uid()}@example.com`
  const password = `pw-${uid()}-${uid()}`
  await payload.create({
    collection: 'users',
    data: { email, password, role, ...extra },
    overrideAccess: true,
  })
  const { token, user } = await payload.login({ collection: 'users', data: { email, password } })
  return { token: token as string, user }
}

/** A Lexical editor state with one paragraph per argument; `**word**` runs are bold. */
export function richText(...paragraphs: string[]) {
  const node = { format: '', indent: 0, version: 1, direction: 'ltr' } as const
  const text = (value: string, format: number) => ({
    type: 'text',
    text: value,
    format,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const children = paragraphs.map((paragraph) => ({
    ...node,
    type: 'paragraph',
    textFormat: 0,
    textStyle: '',
    children: paragraph
      .split(/(\*\*[^*]+\*\*)/)
      .filter(Boolean)
      .map((run) => (run.startsWith('**') ? text(run.slice(2, -2), 1) : text(run, 0))),
  }))
  return { root: { ...node, type: 'root', children } } as never
}
