import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { outboxDir } from '../paths'

const DEFAULT_FROM = 'Baltic Clusters & Routes <no-reply@localhost>'

/**
 * How the CMS sends mail (password resets): through the SMTP server in SMTP_URL, or SMTP_HOST with
 * SMTP_PORT, SMTP_USER and SMTP_PASS, from MAIL_FROM. With no SMTP server configured (development),
 * each mail is written to data/outbox/ as an .eml file, which any mail program opens, and its path is
 * logged, so a reset link is never silently lost.
 */
export function mailer(env: NodeJS.ProcessEnv = process.env): EmailAdapter {
  const from = parseFrom(env.MAIL_FROM || DEFAULT_FROM)
  return ({ payload }) => {
    const smtp = smtpTransport(env)
    const transporter: Transporter = smtp ?? nodemailer.createTransport({ streamTransport: true, buffer: true })
    return {
      name: smtp ? 'smtp' : 'outbox',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      async sendEmail(message) {
        const info = await transporter.sendMail({ from: `"${from.name}" <${from.address}>`, ...message })
        if (smtp) return info
        const file = writeToOutbox(info.messageId, info.message as Buffer)
        payload.logger.info(
          `Mail to ${String(message.to)} ("${message.subject}") written to ${file}: no SMTP server is configured (SMTP_URL or SMTP_HOST).`,
        )
        return { ...info, file }
      },
    }
  }
}

function smtpTransport(env: NodeJS.ProcessEnv): Transporter | undefined {
  if (env.SMTP_URL) return nodemailer.createTransport(env.SMTP_URL)
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT || 587)
  return nodemailer.createTransport({
    host: env.SMTP_HOST,
    port,
    // 465 speaks TLS from the first byte; other ports upgrade with STARTTLS when the server offers it
    secure: port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
  })
}

function writeToOutbox(messageId: string, message: Buffer): string {
  mkdirSync(outboxDir(), { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const id = messageId.replace(/[^\w.-]+/g, '').slice(0, 40)
  const file = path.join(outboxDir(), `${stamp}-${id}.eml`)
  writeFileSync(file, message)
  return file
}

/** `Name <address>` or a bare address, as MAIL_FROM may give it. */
function parseFrom(value: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value)
  if (match) return { name: match[1].trim() || match[2].trim(), address: match[2].trim() }
  return { name: value.trim(), address: value.trim() }
}
