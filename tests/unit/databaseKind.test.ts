import { describe, expect, it } from 'vitest'
import { databaseKind } from '../../cms/database'

describe('databaseKind', () => {
  it('chooses the database from the scheme of DATABASE_URL', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind('file:./data/cms.db')).toBe('sqlite')
    expect(databaseKind('postgres://u:p@localhost:5432/cms')).toBe('postgres')
    expect(databaseKind('postgresql://localhost/cms')).toBe('postgres')
    expect(databaseKind('mongodb://localhost:27017/cms')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/cms')).toBe('mongodb')
  })

  it('names the scheme it does not know', () => {
    expect(() => databaseKind('mysql://localhost/cms')).toThrow(/unknown scheme: "mysql:"/)
  })
})
