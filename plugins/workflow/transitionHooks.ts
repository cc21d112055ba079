/** The hooks around a collection's transitions: those its own config registers (`custom.workflow`), then the host's. */
import type { CollectionSlug, Payload } from 'payload'
import { optionsOf } from './options'
import type { TransitionHooks, WorkflowCollectionCustom } from './types'

export const transitionHooksOf = (payload: Payload, collection: string): Required<TransitionHooks> => {
  const own = (payload.collections[collection as CollectionSlug]?.config.custom as WorkflowCollectionCustom | undefined)?.workflow
  const host = optionsOf(payload).hooks
  return {
    beforeTransition: [...(own?.beforeTransition ?? []), ...host.beforeTransition],
    afterTransition: [...(own?.afterTransition ?? []), ...host.afterTransition],
  }
}
