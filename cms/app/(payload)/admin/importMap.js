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
import { TranslationStatusCell as TranslationStatusCell_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { TranslationStatusField as TranslationStatusField_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { LivePageLinks as LivePageLinks_c2154a08078bf60c791ed15166cf79f2 } from '../../../components/LivePageLinks'
import { PartialDateCell as PartialDateCell_aa7f3e17d69d27bed294a498d02cb4a6 } from '../../../components/ReadableValues'
import { RowLabelFromField as RowLabelFromField_1e7cbdce5a2838a4e35b012373a30412 } from '../../../components/RowLabel'
import { MoneyCell as MoneyCell_aa7f3e17d69d27bed294a498d02cb4a6 } from '../../../components/ReadableValues'
import { MoneyPreview as MoneyPreview_aa7f3e17d69d27bed294a498d02cb4a6 } from '../../../components/ReadableValues'
import { RouteMap as RouteMap_3c3305f24dae6115ecf456182628cffd } from '../../../components/RouteMap'
import { GpxImport as GpxImport_9dd4b44beb267722c2d493c689a37bf2 } from '../../../components/GpxImport'
import { SiteUpdateChangesCell as SiteUpdateChangesCell_8957457232541e2f556f997066e98d4c } from '../../../components/SiteUpdateChanges'
import { SiteUpdateChangesField as SiteUpdateChangesField_8957457232541e2f556f997066e98d4c } from '../../../components/SiteUpdateChanges'
import { SiteUpdateDurationCell as SiteUpdateDurationCell_1e88187edd0a269654c81d0eb9196095 } from '../../../components/SiteUpdateDuration'
import { SiteUpdateDurationField as SiteUpdateDurationField_1e88187edd0a269654c81d0eb9196095 } from '../../../components/SiteUpdateDuration'
import { RebuildSite as RebuildSite_6b6fc6a4f95ccf9077e86727958b5049 } from '../../../components/RebuildSite'
import { PortalIcon as PortalIcon_cd0a8c5d81d59121fd94fb10dc88f988 } from '../../../components/brand/PortalIcon'
import { PortalLogo as PortalLogo_b246747fccffeec7709ee01601a2561b } from '../../../components/brand/PortalLogo'
import { TranslationsNavLink as TranslationsNavLink_810309e5c1498fde295a36d24177a1c1 } from '../../../components/TranslationsNavLink'
import { AttentionDashboard as AttentionDashboard_d05a8426c2ab2f732215b7819d9f7d01 } from '../../../components/AttentionDashboard'
import { TranslationDashboard as TranslationDashboard_ead0c668b824ecb46d7d4e9284f440bc } from '../../../components/TranslationDashboard'
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
  "/components/TranslationStatus#TranslationStatusCell": TranslationStatusCell_91ddc8ccf9c02dac2fc99be8e6a08334,
  "/components/TranslationStatus#TranslationStatusField": TranslationStatusField_91ddc8ccf9c02dac2fc99be8e6a08334,
  "/components/LivePageLinks#LivePageLinks": LivePageLinks_c2154a08078bf60c791ed15166cf79f2,
  "/components/ReadableValues#PartialDateCell": PartialDateCell_aa7f3e17d69d27bed294a498d02cb4a6,
  "/components/RowLabel#RowLabelFromField": RowLabelFromField_1e7cbdce5a2838a4e35b012373a30412,
  "/components/ReadableValues#MoneyCell": MoneyCell_aa7f3e17d69d27bed294a498d02cb4a6,
  "/components/ReadableValues#MoneyPreview": MoneyPreview_aa7f3e17d69d27bed294a498d02cb4a6,
  "/components/RouteMap#RouteMap": RouteMap_3c3305f24dae6115ecf456182628cffd,
  "/components/GpxImport#GpxImport": GpxImport_9dd4b44beb267722c2d493c689a37bf2,
  "/components/SiteUpdateChanges#SiteUpdateChangesCell": SiteUpdateChangesCell_8957457232541e2f556f997066e98d4c,
  "/components/SiteUpdateChanges#SiteUpdateChangesField": SiteUpdateChangesField_8957457232541e2f556f997066e98d4c,
  "/components/SiteUpdateDuration#SiteUpdateDurationCell": SiteUpdateDurationCell_1e88187edd0a269654c81d0eb9196095,
  "/components/SiteUpdateDuration#SiteUpdateDurationField": SiteUpdateDurationField_1e88187edd0a269654c81d0eb9196095,
  "/components/RebuildSite#RebuildSite": RebuildSite_6b6fc6a4f95ccf9077e86727958b5049,
  "/components/brand/PortalIcon#PortalIcon": PortalIcon_cd0a8c5d81d59121fd94fb10dc88f988,
  "/components/brand/PortalLogo#PortalLogo": PortalLogo_b246747fccffeec7709ee01601a2561b,
  "/components/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_810309e5c1498fde295a36d24177a1c1,
  "/components/AttentionDashboard#AttentionDashboard": AttentionDashboard_d05a8426c2ab2f732215b7819d9f7d01,
  "/components/TranslationDashboard#TranslationDashboard": TranslationDashboard_ead0c668b824ecb46d7d4e9284f440bc,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
