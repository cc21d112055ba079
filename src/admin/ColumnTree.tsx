'use client'
/**
 * 按分组选择列: the list's columns as a tree (基本信息, 分类与属性, 关联, 日期与时间 …), each group with a toggle for
 * all its columns and a toggle per column. Payload 3.90.1's own column picker is a flat row of pills and cannot be
 * replaced (the list controls render it without a slot), so this tree sits above the table (beforeListTable) and
 * drives the same column state (useTableColumns), which Payload saves in the user's preferences.
 */
import React, { useMemo, useState } from 'react'
import { getTranslation } from '@payloadcms/translations'
import { useListQuery, useTableColumns, useTranslation } from '@payloadcms/ui'
import { transformColumnsToSearchParams } from 'payload/shared'
import type { Column } from 'payload'

const GROUPS: Array<{ label: string; types: string[] }> = [
  { label: '基本信息', types: ['text', 'textarea', 'number', 'email', 'code', 'richText', 'json', 'point'] },
  { label: '分类与属性', types: ['select', 'checkbox', 'radio'] },
  { label: '关联', types: ['relationship', 'upload', 'join'] },
  { label: '日期与时间', types: ['date'] },
]

const groupOf = (column: Column): string => {
  if (column.accessor === 'id') return '基本信息'
  const type = column.field && 'type' in column.field ? String(column.field.type) : ''
  return GROUPS.find((g) => g.types.includes(type))?.label ?? '其他'
}

export const ColumnTree = () => {
  const { columns, toggleColumn } = useTableColumns()
  const { refineListData } = useListQuery()
  const { i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const groups = useMemo(() => {
    const byLabel = new Map<string, Column[]>()
    // The selection column (_select) and the drag handle (_dragHandle) are no data.
    for (const column of (columns ?? []).filter((c) => c?.accessor && !['_select', '_dragHandle'].includes(c.accessor))) {
      const label = groupOf(column)
      byLabel.set(label, [...(byLabel.get(label) ?? []), column])
    }
    return [...GROUPS.map((g) => g.label), '其他'].filter((label) => byLabel.has(label)).map((label) => ({ label, columns: byLabel.get(label)! }))
  }, [columns])
  const nameOf = (column: Column): string => {
    const label = column.field && 'label' in column.field ? column.field.label : undefined
    return (label && typeof label !== 'function' ? String(getTranslation(label as Record<string, string>, i18n)) : '') || (column.accessor === 'id' ? 'ID' : column.accessor)
  }
  const active = (columns ?? []).filter((c) => c.active).map((c) => c.accessor)
  const toggleGroup = (members: Column[], on: boolean) => {
    const names = members.map((c) => c.accessor)
    const next = on ? [...active, ...names.filter((n) => !active.includes(n))] : active.filter((n) => !names.includes(n))
    if (!next.length) return
    // The whole column state, in its order, as Payload's own toggle sends it. (Payload 3.90.1's setActiveColumns
    // looks a column up without its "-" prefix, so it cannot switch an inactive column on.)
    return refineListData({ columns: transformColumnsToSearchParams((columns ?? []).map((c) => ({ ...c, active: next.includes(c.accessor) }))) })
  }
  return (
    <div data-testid="column-tree" style={{ margin: '0 0 12px' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '收起分组列选择' : '按分组选择列'}
      </button>
      {open ? (
        <div role="tree" aria-label="按分组选择列" style={{ display: 'flex', flexWrap: 'wrap', gap: 24, marginTop: 10, padding: 12, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
          {groups.map((group) => {
            const on = group.columns.filter((c) => c.active).length
            return (
              <div key={group.label} role="treeitem" aria-expanded="true" data-column-group={group.label} style={{ minWidth: 160 }}>
                <label style={{ fontWeight: 600, display: 'flex', gap: 6, alignItems: 'center' }}>
                  <input
                    type="checkbox"
                    checked={on === group.columns.length}
                    ref={(el) => {
                      if (el) el.indeterminate = on > 0 && on < group.columns.length
                    }}
                    onChange={(event) => void toggleGroup(group.columns, event.target.checked)}
                  />
                  {group.label}（{on}/{group.columns.length}）
                </label>
                <ul role="group" style={{ listStyle: 'none', margin: '6px 0 0', paddingLeft: 22 }}>
                  {group.columns.map((column) => (
                    <li key={column.accessor} role="treeitem" style={{ margin: '2px 0' }}>
                      <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                        <input type="checkbox" data-column={column.accessor} checked={column.active} onChange={() => void toggleColumn(column.accessor)} />
                        {nameOf(column)}
                      </label>
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </div>
      ) : null}
    </div>
  )
}

export default ColumnTree
