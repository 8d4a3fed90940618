import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { VietnameseSourcePanel as VietnameseSourcePanel_8ba38e3a81ddd16d56f8c3db3f65de94 } from '../../../../src/components/admin/workflow/VietnameseSourcePanel'
import { DeliveryStatusPanel as DeliveryStatusPanel_fbe84185877b60578d7b213b4393feb9 } from '../../../../src/components/admin/DeliveryStatusPanel'
import { PublicationBlockers as PublicationBlockers_41b7b87a7d79ade7a7ab5199cb06f5c9 } from '../../../../src/components/admin/PublicationBlockers'
import { TimelineRowLabel as TimelineRowLabel_39e487c6ef96f039336b28173cca46a6 } from '../../../../src/components/admin/workflow/TimelineRowLabel'
import { ExportZipLink as ExportZipLink_00ceb4f1e9eb93157d88b980d7c2b9f6 } from '../../../../src/components/admin/ExportZipLink'
import { WorkflowActions as WorkflowActions_b71ce5ac79cda39c6649151ecc899cb4 } from '../../../../src/components/admin/workflow/WorkflowActions'
import { WorkflowPublishButton as WorkflowPublishButton_610dfa80e42607fcecda63cc4c4dda81 } from '../../../../src/components/admin/workflow/WorkflowPublishButton'
import { WorkflowLanguageStatus as WorkflowLanguageStatus_a218c784db97124ec4ff1fff0ceb4687 } from '../../../../src/components/admin/workflow/WorkflowLanguageStatus'
import { NoUnpublishButton as NoUnpublishButton_a218c784db97124ec4ff1fff0ceb4687 } from '../../../../src/components/admin/workflow/WorkflowLanguageStatus'
import { VideoProcessingStatus as VideoProcessingStatus_e6df9342397a00746c1255020d23759e } from '../../../../src/components/admin/VideoProcessingStatus'
import { AuditExportLink as AuditExportLink_939a85ec9fa0a3fc92ec9ff77a5dbac7 } from '../../../../src/components/admin/AuditExportLink'
import { RetryDeliveryButton as RetryDeliveryButton_4b18675ca5fb37722a9f22e1b5a20cfb } from '../../../../src/components/admin/RetryDeliveryButton'
import { ReportDownloadLinks as ReportDownloadLinks_3e3ec89b8b3ffcc170c84a08f74421df } from '../../../../src/components/admin/ReportDownloadLinks'
import { PollFeedNowButton as PollFeedNowButton_e3db086d87cf830ceb46f2ce9758b575 } from '../../../../src/components/admin/PollFeedNowButton'
import { ProvinceIcon as ProvinceIcon_8177661da77e6b24952e6d55715be16e } from '../../../../src/components/admin/ProvinceBrand'
import { ProvinceLogo as ProvinceLogo_8177661da77e6b24952e6d55715be16e } from '../../../../src/components/admin/ProvinceBrand'
import { WorkflowNavLinks as WorkflowNavLinks_cc66771d16dbe006ccff71eaa833be84 } from '../../../../src/components/admin/WorkflowNavLinks'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { RoleDashboard as RoleDashboard_01e8fc106f03e5fbce8dcb80814fdbf6 } from '../../../../src/components/admin/dashboard/RoleDashboard'
import { ReviewQueue as ReviewQueue_adaf720e1989c0c6ad4d859a61cd5f9a } from '../../../../src/components/admin/ReviewQueue'
import { TranslationBoard as TranslationBoard_33586de912f8b96ecbe0480aae0ec982 } from '../../../../src/components/admin/TranslationBoard'
import { DeliveriesBoard as DeliveriesBoard_632c13c6133d33412fefd881b8ddb2b7 } from '../../../../src/components/admin/DeliveriesBoard'
import { DistributionQueue as DistributionQueue_da262a7da9e393b72afbd48e513cb3f0 } from '../../../../src/components/admin/DistributionQueue'
import { StatisticsView as StatisticsView_d03a185a83ca8b1ca4188d5f040236b6 } from '../../../../src/components/admin/StatisticsView'
import { ListsView as ListsView_b85fdd055a2c7fc895b7f1997c5a1991 } from '../../../../src/components/admin/ListsView'
import { ImportView as ImportView_0408358898c494abd4a6b9fd26246658 } from '../../../../src/components/admin/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/workflow/VietnameseSourcePanel#VietnameseSourcePanel": VietnameseSourcePanel_8ba38e3a81ddd16d56f8c3db3f65de94,
  "/src/components/admin/DeliveryStatusPanel#DeliveryStatusPanel": DeliveryStatusPanel_fbe84185877b60578d7b213b4393feb9,
  "/src/components/admin/PublicationBlockers#PublicationBlockers": PublicationBlockers_41b7b87a7d79ade7a7ab5199cb06f5c9,
  "/src/components/admin/workflow/TimelineRowLabel#TimelineRowLabel": TimelineRowLabel_39e487c6ef96f039336b28173cca46a6,
  "/src/components/admin/ExportZipLink#ExportZipLink": ExportZipLink_00ceb4f1e9eb93157d88b980d7c2b9f6,
  "/src/components/admin/workflow/WorkflowActions#WorkflowActions": WorkflowActions_b71ce5ac79cda39c6649151ecc899cb4,
  "/src/components/admin/workflow/WorkflowPublishButton#WorkflowPublishButton": WorkflowPublishButton_610dfa80e42607fcecda63cc4c4dda81,
  "/src/components/admin/workflow/WorkflowLanguageStatus#WorkflowLanguageStatus": WorkflowLanguageStatus_a218c784db97124ec4ff1fff0ceb4687,
  "/src/components/admin/workflow/WorkflowLanguageStatus#NoUnpublishButton": NoUnpublishButton_a218c784db97124ec4ff1fff0ceb4687,
  "/src/components/admin/VideoProcessingStatus#VideoProcessingStatus": VideoProcessingStatus_e6df9342397a00746c1255020d23759e,
  "/src/components/admin/AuditExportLink#AuditExportLink": AuditExportLink_939a85ec9fa0a3fc92ec9ff77a5dbac7,
  "/src/components/admin/RetryDeliveryButton#RetryDeliveryButton": RetryDeliveryButton_4b18675ca5fb37722a9f22e1b5a20cfb,
  "/src/components/admin/ReportDownloadLinks#ReportDownloadLinks": ReportDownloadLinks_3e3ec89b8b3ffcc170c84a08f74421df,
  "/src/components/admin/PollFeedNowButton#PollFeedNowButton": PollFeedNowButton_e3db086d87cf830ceb46f2ce9758b575,
  "/src/components/admin/ProvinceBrand#ProvinceIcon": ProvinceIcon_8177661da77e6b24952e6d55715be16e,
  "/src/components/admin/ProvinceBrand#ProvinceLogo": ProvinceLogo_8177661da77e6b24952e6d55715be16e,
  "/src/components/admin/WorkflowNavLinks#WorkflowNavLinks": WorkflowNavLinks_cc66771d16dbe006ccff71eaa833be84,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/components/admin/dashboard/RoleDashboard#RoleDashboard": RoleDashboard_01e8fc106f03e5fbce8dcb80814fdbf6,
  "/src/components/admin/ReviewQueue#ReviewQueue": ReviewQueue_adaf720e1989c0c6ad4d859a61cd5f9a,
  "/src/components/admin/TranslationBoard#TranslationBoard": TranslationBoard_33586de912f8b96ecbe0480aae0ec982,
  "/src/components/admin/DeliveriesBoard#DeliveriesBoard": DeliveriesBoard_632c13c6133d33412fefd881b8ddb2b7,
  "/src/components/admin/DistributionQueue#DistributionQueue": DistributionQueue_da262a7da9e393b72afbd48e513cb3f0,
  "/src/components/admin/StatisticsView#StatisticsView": StatisticsView_d03a185a83ca8b1ca4188d5f040236b6,
  "/src/components/admin/ListsView#ListsView": ListsView_b85fdd055a2c7fc895b7f1997c5a1991,
  "/src/components/admin/ImportView#ImportView": ImportView_0408358898c494abd4a6b9fd26246658,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
