import { collectionRoute } from '../../../../../components/library/CollectionPage'

/** A topic: its description and newest items (sub-topics included by the search's topic path). */
const topicRoute = collectionRoute({ facet: 'topic' })

export const generateMetadata = topicRoute.generateMetadata
export default topicRoute.Page
