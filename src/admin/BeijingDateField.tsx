'use client'
/**
 * The admin's date field: Payload's date picker showing and taking yyyy-MM-dd HH:mm (yyyy-MM-dd for a day) in Beijing
 * time whatever the browser's zone. react-datepicker works in the browser's local time, so the stored instant is
 * given to it as a local date that reads Beijing's wall clock, and what it picks is read back the same way.
 */
import React, { useCallback, useMemo } from 'react'
import type { DateFieldClientComponent } from 'payload'
import { getTranslation } from '@payloadcms/translations'
import { DatePicker, FieldDescription, FieldError, FieldLabel, RenderCustomComponent, fieldBaseClass, useField, useTranslation, withCondition } from '@payloadcms/ui'
import { DATE_PATTERN, DATE_TIME_PATTERN, beijingWallClockAsLocal, localWallClockAsBeijing } from '../../domain/beijingTime'

const DAY_APPEARANCES = ['dayOnly', 'default', 'monthOnly']
type PickerProps = React.ComponentProps<typeof DatePicker>

const BeijingDateFieldComponent: DateFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly, validate } = props
  const { admin, label, localized, required } = field
  const className = admin?.className
  const description = admin?.description
  const placeholder = admin?.placeholder
  const date: PickerProps | undefined = admin?.date as PickerProps | undefined
  const dateOnly = DAY_APPEARANCES.includes(date?.pickerAppearance ?? 'default')
  const { i18n } = useTranslation()
  const memoizedValidate = useCallback(
    (value: unknown, options: Record<string, unknown>) => (typeof validate === 'function' ? validate(value as never, { ...options, required } as never) : true),
    [validate, required],
  )
  const { customComponents: { AfterInput, BeforeInput, Description, Error, Label } = {}, disabled, path, setValue, showError, value } = useField<string>({
    potentiallyStalePath: pathFromProps,
    validate: memoizedValidate as never,
  })
  const shown = useMemo(() => (value ? beijingWallClockAsLocal(new Date(value)) : undefined), [value])
  const onChange = useCallback(
    (picked: Date | null) => {
      if (readOnly || disabled) return
      if (!(picked instanceof Date) || Number.isNaN(picked.getTime())) return setValue(null)
      // A day is stored at 12:00 UTC, as Payload's picker stores it; a time is Beijing's wall clock.
      const instant = dateOnly
        ? new Date(Date.UTC(picked.getFullYear(), picked.getMonth(), picked.getDate(), 12))
        : localWallClockAsBeijing(picked)
      setValue(instant.toISOString())
    },
    [readOnly, disabled, dateOnly, setValue],
  )
  const pattern = dateOnly ? DATE_PATTERN : DATE_TIME_PATTERN
  return (
    <div
      className={[fieldBaseClass, 'date-time-field', className, showError && 'date-time-field--has-error', (readOnly || disabled) && 'read-only'].filter(Boolean).join(' ')}
      data-beijing-date-field={path}
    >
      <RenderCustomComponent CustomComponent={Label} Fallback={<FieldLabel label={label} localized={localized} path={path} required={required} />} />
      <div className={`${fieldBaseClass}__wrap`} id={`field-${path.replace(/\./g, '__')}`}>
        <RenderCustomComponent CustomComponent={Error} Fallback={<FieldError path={path} showError={showError} />} />
        {BeforeInput}
        <DatePicker
          {...date}
          displayFormat={pattern}
          timeFormat="HH:mm"
          onChange={onChange}
          overrides={{ ...(date && 'overrides' in date ? date.overrides : {}), timeCaption: '时间' }}
          placeholder={placeholder ? String(getTranslation(placeholder as Record<string, string>, i18n)) : pattern}
          readOnly={readOnly || disabled}
          value={shown}
        />
        {AfterInput}
      </div>
      <RenderCustomComponent CustomComponent={Description} Fallback={<FieldDescription description={description} path={path} />} />
    </div>
  )
}

export const BeijingDateField = withCondition(BeijingDateFieldComponent)
