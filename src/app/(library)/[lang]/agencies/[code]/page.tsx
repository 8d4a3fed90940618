import { collectionRoute } from '../../../../../components/library/CollectionPage'

/** A contributing agency: its newest items and a link to everything it supplied. */
const agencyRoute = collectionRoute({ facet: 'agency' })

export const generateMetadata = agencyRoute.generateMetadata
export default agencyRoute.Page
