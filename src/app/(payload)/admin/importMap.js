import { BeijingDateField as BeijingDateField_4f121baac876c2a8cd84d89ec5610efb } from '../../../../src/admin/BeijingDateField'
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
import { PolicyInterpretationPanel as PolicyInterpretationPanel_3c40148c415e013f11023d52a09b6d6a } from '../../../../plugins/interpretations/components/InterpretationPanel'
import { ReviewStateCell as ReviewStateCell_ae0029f379c5ab89c388fd964bbdd79e } from '../../../../plugins/workflow/components/ReviewStateBadge'
import { ReviewPanel as ReviewPanel_15b60294c59cd4b8c12ef81d2046204c } from '../../../../plugins/workflow/components/ReviewPanel'
import { ReviewStateFilters as ReviewStateFilters_389ccb226fdb457289e21da497181632 } from '../../../../plugins/workflow/components/ReviewStateFilters'
import { OverdueFilter as OverdueFilter_4cfae8ea051bb60bdbf307e94bd3e91c } from '../../../../plugins/audit/components/OverdueSummary'
import { ColumnTree as ColumnTree_e72852db8179be44c63d309291c83c2e } from '../../../../src/admin/ColumnTree'
import { ReviewStateHeader as ReviewStateHeader_ae0029f379c5ab89c388fd964bbdd79e } from '../../../../plugins/workflow/components/ReviewStateBadge'
import { FieldRefusals as FieldRefusals_669872b8e48ab4811411caba006d7239 } from '../../../../src/admin/FieldRefusals'
import { KeepTypedText as KeepTypedText_0b4643af00358ef1ea759fe26e3f7e83 } from '../../../../src/admin/KeepTypedText'
import { PublishHint as PublishHint_b47096c1d6ee55f6dc475cab9e7e0c83 } from '../../../../plugins/workflow/components/PublishHint'
import { ReviewSaveDraftButton as ReviewSaveDraftButton_70ebfb18fe82b2fdbe5c100d27f58ed0 } from '../../../../plugins/workflow/components/ReviewSaveDraftButton'
import { ReviewStatus as ReviewStatus_34e4d0a3246af9735b33490be2bafcf2 } from '../../../../plugins/workflow/components/ReviewStatus'
import { NoUnpublish as NoUnpublish_b47096c1d6ee55f6dc475cab9e7e0c83 } from '../../../../plugins/workflow/components/PublishHint'
import { InterpretationPolicyPanel as InterpretationPolicyPanel_3c40148c415e013f11023d52a09b6d6a } from '../../../../plugins/interpretations/components/InterpretationPanel'
import { HolidayNoticeImport as HolidayNoticeImport_793b611d08e3015fbdf3cd4af80c34b0 } from '../../../../plugins/calendar/components/HolidayNoticeImport'
import { PrecheckSnapshot as PrecheckSnapshot_48c25d221b59d724008a78af46fe9ef6 } from '../../../../plugins/workflow/components/PrecheckSnapshot'
import { LetterActions as LetterActions_d7dfc4aaad1893d116abf472614f4adc } from '../../../../plugins/applications/letters/components/LetterActions'
import { OutcomeCell as OutcomeCell_640fbe1af99b0615af26a24aad5bec54 } from '../../../../plugins/applications/components/OutcomeCell'
import { AnnualTable as AnnualTable_336f22764eb647d30f2cf6f6d2eaaf0f } from '../../../../plugins/applications/components/AnnualTable'
import { ApplicationActions as ApplicationActions_cc06b396a181fef4819721465bc224ba } from '../../../../plugins/applications/components/ApplicationActions'
import { NoticeSubject as NoticeSubject_325c7371d2e372da4bcb995df9490f80 } from '../../../../plugins/audit/components/NoticeBadges'
import { SeverityCell as SeverityCell_325c7371d2e372da4bcb995df9490f80 } from '../../../../plugins/audit/components/NoticeBadges'
import { SubjectCell as SubjectCell_325c7371d2e372da4bcb995df9490f80 } from '../../../../plugins/audit/components/NoticeBadges'
import { PasswordChangeNotice as PasswordChangeNotice_6a0bb415fd71580ce453a6c3faa964c8 } from '../../../../plugins/security/components/PasswordChangeNotice'
import { CountyIcon as CountyIcon_1a75087b141c5da11c0efc0384a392f5 } from '../../../../src/admin/CountyIcon'
import { CountyLogo as CountyLogo_afb10e7233b333253319f05d49ed281c } from '../../../../src/admin/CountyLogo'
import { InspectionNavLink as InspectionNavLink_11faabac07639e522069f98cc703ddad } from '../../../../plugins/inspection/components/InspectionNavLink'
import { MyReviews as MyReviews_cefc8531ac4ff2ee5555af379ecf5c5f } from '../../../../plugins/workflow/components/MyReviews'
import { OverdueSummary as OverdueSummary_4cfae8ea051bb60bdbf307e94bd3e91c } from '../../../../plugins/audit/components/OverdueSummary'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { BeijingTimeProvider as BeijingTimeProvider_a0c228b2dd405f8da17630d994c0a446 } from '../../../../src/admin/BeijingTimeProvider'
import { InspectionView as InspectionView_6e0e01916d8933b7673f9ae9d174a351 } from '../../../../plugins/inspection/components/InspectionView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/BeijingDateField#BeijingDateField": BeijingDateField_4f121baac876c2a8cd84d89ec5610efb,
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
  "/plugins/interpretations/components/InterpretationPanel#PolicyInterpretationPanel": PolicyInterpretationPanel_3c40148c415e013f11023d52a09b6d6a,
  "/plugins/workflow/components/ReviewStateBadge#ReviewStateCell": ReviewStateCell_ae0029f379c5ab89c388fd964bbdd79e,
  "/plugins/workflow/components/ReviewPanel#ReviewPanel": ReviewPanel_15b60294c59cd4b8c12ef81d2046204c,
  "/plugins/workflow/components/ReviewStateFilters#ReviewStateFilters": ReviewStateFilters_389ccb226fdb457289e21da497181632,
  "/plugins/audit/components/OverdueSummary#OverdueFilter": OverdueFilter_4cfae8ea051bb60bdbf307e94bd3e91c,
  "/src/admin/ColumnTree#ColumnTree": ColumnTree_e72852db8179be44c63d309291c83c2e,
  "/plugins/workflow/components/ReviewStateBadge#ReviewStateHeader": ReviewStateHeader_ae0029f379c5ab89c388fd964bbdd79e,
  "/src/admin/FieldRefusals#FieldRefusals": FieldRefusals_669872b8e48ab4811411caba006d7239,
  "/src/admin/KeepTypedText#KeepTypedText": KeepTypedText_0b4643af00358ef1ea759fe26e3f7e83,
  "/plugins/workflow/components/PublishHint#PublishHint": PublishHint_b47096c1d6ee55f6dc475cab9e7e0c83,
  "/plugins/workflow/components/ReviewSaveDraftButton#ReviewSaveDraftButton": ReviewSaveDraftButton_70ebfb18fe82b2fdbe5c100d27f58ed0,
  "/plugins/workflow/components/ReviewStatus#ReviewStatus": ReviewStatus_34e4d0a3246af9735b33490be2bafcf2,
  "/plugins/workflow/components/PublishHint#NoUnpublish": NoUnpublish_b47096c1d6ee55f6dc475cab9e7e0c83,
  "/plugins/interpretations/components/InterpretationPanel#InterpretationPolicyPanel": InterpretationPolicyPanel_3c40148c415e013f11023d52a09b6d6a,
  "/plugins/calendar/components/HolidayNoticeImport#HolidayNoticeImport": HolidayNoticeImport_793b611d08e3015fbdf3cd4af80c34b0,
  "/plugins/workflow/components/PrecheckSnapshot#PrecheckSnapshot": PrecheckSnapshot_48c25d221b59d724008a78af46fe9ef6,
  "/plugins/applications/letters/components/LetterActions#LetterActions": LetterActions_d7dfc4aaad1893d116abf472614f4adc,
  "/plugins/applications/components/OutcomeCell#OutcomeCell": OutcomeCell_640fbe1af99b0615af26a24aad5bec54,
  "/plugins/applications/components/AnnualTable#AnnualTable": AnnualTable_336f22764eb647d30f2cf6f6d2eaaf0f,
  "/plugins/applications/components/ApplicationActions#ApplicationActions": ApplicationActions_cc06b396a181fef4819721465bc224ba,
  "/plugins/audit/components/NoticeBadges#NoticeSubject": NoticeSubject_325c7371d2e372da4bcb995df9490f80,
  "/plugins/audit/components/NoticeBadges#SeverityCell": SeverityCell_325c7371d2e372da4bcb995df9490f80,
  "/plugins/audit/components/NoticeBadges#SubjectCell": SubjectCell_325c7371d2e372da4bcb995df9490f80,
  "/plugins/security/components/PasswordChangeNotice#PasswordChangeNotice": PasswordChangeNotice_6a0bb415fd71580ce453a6c3faa964c8,
  "/src/admin/CountyIcon#CountyIcon": CountyIcon_1a75087b141c5da11c0efc0384a392f5,
  "/src/admin/CountyLogo#CountyLogo": CountyLogo_afb10e7233b333253319f05d49ed281c,
  "/plugins/inspection/components/InspectionNavLink#InspectionNavLink": InspectionNavLink_11faabac07639e522069f98cc703ddad,
  "/plugins/workflow/components/MyReviews#MyReviews": MyReviews_cefc8531ac4ff2ee5555af379ecf5c5f,
  "/plugins/audit/components/OverdueSummary#OverdueSummary": OverdueSummary_4cfae8ea051bb60bdbf307e94bd3e91c,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/admin/BeijingTimeProvider#BeijingTimeProvider": BeijingTimeProvider_a0c228b2dd405f8da17630d994c0a446,
  "/plugins/inspection/components/InspectionView#InspectionView": InspectionView_6e0e01916d8933b7673f9ae9d174a351,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
