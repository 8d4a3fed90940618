import type { CollectionConfig } from 'payload'

type EditComponents = NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit']

const FOLDER = '/src/components/admin/workflow'

/**
 * The editorial workflow in the edit view of articles and media (`admin.components.edit`): the
 * workflow bar, the publish button that goes through the workflow, the state of the language on
 * screen in the header, and no Payload "unpublish" that would bypass the workflow.
 */
export const workflowEditComponents: EditComponents = {
  beforeDocumentControls: [`${FOLDER}/WorkflowActions#WorkflowActions`],
  PublishButton: `${FOLDER}/WorkflowPublishButton#WorkflowPublishButton`,
  Status: `${FOLDER}/WorkflowLanguageStatus#WorkflowLanguageStatus`,
  UnpublishButton: `${FOLDER}/WorkflowLanguageStatus#NoUnpublishButton`,
}
