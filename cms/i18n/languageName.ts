/** A content language's name in an admin language, capitalised as a label: ("lt", "pl") → "Litewski". */
export function languageName(code: string, inLanguage: string): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1)
}
