/** An outside web page as a page shows it: its address, and the same without the scheme to read. */
export interface WebLink {
  href: string
  text: string
}

/** An outside address as a link whose text leaves out the scheme and a trailing slash. */
export function webLink(address: string | null | undefined): WebLink | undefined {
  return address ? { href: address, text: address.replace(/^https?:\/\//, '').replace(/\/$/, '') } : undefined
}
