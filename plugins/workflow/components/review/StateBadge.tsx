import React from 'react'
import { stateLabel } from '../../../../domain/workflow/states'
import { stateBadgeStyle } from '../display'

/** The coloured workflow state, as tests and users find it (`review-state`). */
export const StateBadge = ({ state }: { state: string }) => (
  <span data-testid="review-state" data-state={state} style={stateBadgeStyle(state)}>
    {stateLabel(state)}
  </span>
)
