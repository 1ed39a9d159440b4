/**
 * A real SMTP server on a free loopback port (the `smtp-server` package) that keeps every mail it
 * receives, parsed, for tests to read. It requires the given login, as a real relay would.
 */
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { expect } from 'vitest'
import { freePort } from '../../../scripts/lib/net'

export interface SmtpInbox {
  port: number
  user: string
  pass: string
  mails: ParsedMail[]
  /** Waits (polling) for a mail to `address`, and returns it. */
  mailTo(address: string): Promise<ParsedMail>
  stop(): Promise<void>
}

export async function startSmtpInbox(user = 'cms', pass = 'smtp-test-password'): Promise<SmtpInbox> {
  const mails: ParsedMail[] = []
  const server = new SMTPServer({
    // plain SMTP on loopback: no certificate to trust, and login allowed without TLS
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user })
      else callback(new Error('Invalid username or password'))
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail)
          callback()
        },
        (error) => callback(error),
      )
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const addressedTo = (mail: ParsedMail, address: string) =>
    [mail.to].flat().some((to) => to?.value.some((each) => each.address === address))
  return {
    port,
    user,
    pass,
    mails,
    async mailTo(address) {
      await expect.poll(() => mails.some((mail) => addressedTo(mail, address)), { timeout: 30_000 }).toBe(true)
      return mails.find((mail) => addressedTo(mail, address)) as ParsedMail
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The environment that sends the CMS's mail through `inbox` (with its login). */
export function smtpEnvironment(inbox: SmtpInbox): Record<string, string> {
  return {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(inbox.port),
    SMTP_USER: inbox.user,
    SMTP_PASS: inbox.pass,
  }
}

/** The first link in a mail's HTML. */
export function firstLink(mail: ParsedMail): string {
  const match = /href="([^"]+)"/.exec(typeof mail.html === 'string' ? mail.html : '')
  if (!match) throw new Error(`No link in the mail "${mail.subject}"`)
  return match[1]
}
