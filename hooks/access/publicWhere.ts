/** What anonymous readers may see of each content collection, as Payload `where` constraints (domain/publicDefinition.ts). */
export {
  ELIGIBLE_POLICY_WHERE,
  PUBLIC_ACCOUNT_WHERE,
  PUBLIC_COLUMN_WHERE,
  PUBLIC_DOCUMENT_WHERE,
  PUBLIC_INTERPRETATION_WHERE,
} from '../../domain/publicDefinition'
