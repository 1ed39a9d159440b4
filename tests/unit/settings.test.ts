import { afterEach, describe, expect, it } from 'vitest'
import { localAddress, settings, settingsFrom } from '../../shared/settings'

describe('settingsFrom', () => {
  it('gives the defaults npm start uses when nothing is set', () => {
    expect(settingsFrom({})).toEqual({
      cmsUrl: 'http://localhost:3000',
      cmsPublicUrl: undefined,
      siteUrl: 'http://localhost:4321',
      cmsPort: '3000',
      sitePort: '4321',
      host: 'localhost',
      buildDate: new Date().toISOString().slice(0, 10),
      timeZone: 'Europe/Warsaw',
      answerCacheBytes: 64 * 1024 * 1024,
      siteBuildProcesses: undefined,
    })
  })

  it('counts an empty variable as unset', () => {
    const empty = settingsFrom({
      CMS_URL: '',
      SITE_URL: '',
      PORT: '',
      HOST: '',
      BUILD_DATE: '',
      TIME_ZONE: '',
      CMS_ANSWER_CACHE_MB: '',
      SITE_BUILD_PROCESSES: '',
    })
    expect(empty).toEqual(settingsFrom({}))
  })

  it('takes every variable as given, addresses without their trailing slash', () => {
    expect(
      settingsFrom({
        CMS_URL: 'https://cms.example.org/',
        CMS_PUBLIC_URL: 'https://admin.example.org',
        SITE_URL: 'https://example.org//',
        PORT: '3100',
        SITE_PORT: '4400',
        HOST: '0.0.0.0',
        BUILD_DATE: '2026-11-21',
        TIME_ZONE: 'Europe/Vilnius',
        CMS_ANSWER_CACHE_MB: '0.5',
        SITE_BUILD_PROCESSES: '3',
      }),
    ).toEqual({
      cmsUrl: 'https://cms.example.org',
      cmsPublicUrl: 'https://admin.example.org',
      siteUrl: 'https://example.org',
      cmsPort: '3100',
      sitePort: '4400',
      host: '0.0.0.0',
      buildDate: '2026-11-21',
      timeZone: 'Europe/Vilnius',
      answerCacheBytes: 512 * 1024,
      siteBuildProcesses: 3,
    })
  })

  it('puts the site on SITE_PORT when SITE_URL is not set', () => {
    expect(settingsFrom({ SITE_PORT: '4400' }).siteUrl).toBe('http://localhost:4400')
  })

  it('refuses a TIME_ZONE that is not an IANA zone, naming the variable', () => {
    expect(() => settingsFrom({ TIME_ZONE: 'Warsaw' })).toThrow(
      'TIME_ZONE: "Warsaw" is not an IANA time zone such as Europe/Warsaw.',
    )
  })

  it('reads CMS_ANSWER_CACHE_MB as megabytes, 0 as no cache, and refuses anything else naming the variable', () => {
    expect(settingsFrom({ CMS_ANSWER_CACHE_MB: '0' }).answerCacheBytes).toBe(0)
    expect(settingsFrom({ CMS_ANSWER_CACHE_MB: '128' }).answerCacheBytes).toBe(128 * 1024 * 1024)
    for (const value of ['lots', '-1'])
      expect(() => settingsFrom({ CMS_ANSWER_CACHE_MB: value })).toThrow(
        `CMS_ANSWER_CACHE_MB: "${value}" is not a number of megabytes (0 turns the cache off).`,
      )
  })

  it('refuses a SITE_BUILD_PROCESSES that is not a whole number of processes, naming the variable', () => {
    expect(settingsFrom({ SITE_BUILD_PROCESSES: '1' }).siteBuildProcesses).toBe(1)
    for (const value of ['0', '1.5', 'two', '-2'])
      expect(() => settingsFrom({ SITE_BUILD_PROCESSES: value })).toThrow(
        `SITE_BUILD_PROCESSES: "${value}" is not a number of processes (1 or more; unset chooses by the machine).`,
      )
  })
})

describe('settings', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('reads the environment when asked, not when imported', () => {
    process.env.TIME_ZONE = 'Europe/Rome'
    process.env.CMS_URL = 'http://127.0.0.1:9/'
    expect(settings.timeZone).toBe('Europe/Rome')
    expect(settings.cmsUrl).toBe('http://127.0.0.1:9')
    delete process.env.TIME_ZONE
    expect(settings.timeZone).toBe('Europe/Warsaw')
  })
})

describe('localAddress', () => {
  it('reaches a server on every interface over loopback, and an IPv6 one in brackets', () => {
    expect(localAddress('0.0.0.0', 3000)).toBe('http://localhost:3000')
    expect(localAddress('::', '3000')).toBe('http://localhost:3000')
    expect(localAddress('::1', 3000)).toBe('http://[::1]:3000')
    expect(localAddress('127.0.0.1', 4321)).toBe('http://127.0.0.1:4321')
  })
})
