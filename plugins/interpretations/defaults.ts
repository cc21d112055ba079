/** Names and defaults of the interpretations plugin. */
export const INTERPRETATIONS_SLUG = 'interpretations'
export const POLICIES_SLUG = 'documents'
export const POLICY_FIELD = 'policy'
export const DEPARTMENT_FIELD = 'department'
export const SETTINGS_GLOBAL = 'settings'
export const WORKFLOW_CONTEXT = 'gongkaiWorkflow'
/** Key of the resolved options on `config.custom`. */
export const INTERPRETATIONS_KEY = 'interpretations'
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

export const COMPONENTS = {
  policyPanel: '/plugins/interpretations/components/InterpretationPanel#PolicyInterpretationPanel',
  interpretationPanel: '/plugins/interpretations/components/InterpretationPanel#InterpretationPolicyPanel',
} as const
