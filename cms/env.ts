import path from 'node:path'
import dotenv from 'dotenv'
import { projectRoot } from './paths'

/**
 * Loads the project's untracked .env (made by `npm start` on first run) without overriding variables
 * already set in the environment, so CI and production settings always win.
 */
export function loadEnv(): void {
  dotenv.config({ path: path.join(projectRoot(), '.env'), quiet: true })
}
