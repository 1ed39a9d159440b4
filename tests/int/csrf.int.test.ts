import { describeCookieWrites } from './support/cookieWrites'

// the CMS behind its public https address
describeCookieWrites({
  publicUrl: 'https://cms.example.org',
  adminOrigin: 'https://cms.example.org',
  siteOrigin: 'https://www.example.org',
})
