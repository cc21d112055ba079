import { columnPlaces, type ColumnNode } from '../../../domain/audit/columnScopes'

const node = (id: number, parent: number | null, department: number | null): ColumnNode => ({ id, title: `栏目${id}`, parent, department })

describe('who answers for a column', () => {
  const tree = [node(1, null, null), node(2, 1, 7), node(3, 2, null), node(4, 3, 8), node(5, null, 9), node(6, 1, null)]
  const places = columnPlaces(tree, 100)

  it.each([
    [3, 7], // a department's 动态 column without its own 保障单位: its site's department, not the web office
    [4, 8], // its own override wins
    [2, 7],
    [6, 100], // no ancestor names one: the county office
    [1, 100],
    [5, 9],
  ])('column %i → department %i', (id, department) => {
    expect(places.get(String(id))!.department).toBe(department)
  })

  it('names the top-level column and who answers for it', () => {
    expect(places.get('4')!.root).toEqual({ id: 1, title: '栏目1', department: 100 })
    expect(places.get('5')!.root).toEqual({ id: 5, title: '栏目5', department: 9 })
  })

  it('without a county office a column no one names is nobody’s (the web office gets its notices)', () => {
    expect(columnPlaces(tree, null).get('6')!.department).toBeNull()
  })

  it('survives a loop in bad data', () => {
    const loop = columnPlaces([node(1, 2, null), node(2, 1, null)], 100)
    expect(loop.get('1')!.department).toBe(100)
  })
})
