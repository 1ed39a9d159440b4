/* The GraphQL API at /api/graphql (request bodies capped, see cms/api/routes.ts). */
import config from '@payload-config'
import { graphqlRoutes } from '../../../../api/routes'

const routes = graphqlRoutes(config)

export const POST = routes.POST
export const OPTIONS = routes.OPTIONS
