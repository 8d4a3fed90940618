/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlPost } from '../../../../http/graphqlRoute'

// A body Payload cannot read answers 400, not 500 (src/http/graphqlRoute.ts).
export const POST = graphqlPost(config)

export const OPTIONS = REST_OPTIONS(config)
