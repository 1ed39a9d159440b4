import { describeCookieWrites } from './support/cookieWrites'

// `npm start` without CMS_PUBLIC_URL: the admin on http://localhost:PORT (3000)
describeCookieWrites({ adminOrigin: 'http://localhost:3000', siteOrigin: 'http://localhost:4321' })
