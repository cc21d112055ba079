import { approvalStage, needsReason } from '../../../domain/workflow/transitions'

describe('needsReason', () => {
  it.each(['withdraw', 'force-publish'])('asks a reason for %s', (action) => {
    expect(needsReason(action)).toBe(true)
  })

  it.each(['submit', 'approve', 'return', 'publish-scheduled', 'unknown'])('asks no reason for %s', (action) => {
    expect(needsReason(action)).toBe(false)
  })
})

describe('approvalStage', () => {
  it.each([
    ['submitted', 'first'],
    ['first-reviewed', 'secrecy'],
    ['secrecy-reviewed', 'final'],
    ['published', 'retrospective'],
  ])('approving an item in %s signs %s', (state, stage) => {
    expect(approvalStage(state)).toBe(stage)
  })

  it.each(['draft', 'scheduled', 'withdrawn', 'unknown'])('signs nothing for an item in %s', (state) => {
    expect(approvalStage(state)).toBeUndefined()
  })
})
