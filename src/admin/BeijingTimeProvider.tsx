'use client'
/**
 * Admin provider (admin.components.providers): installs Beijing time as the browser's default formatting zone when
 * the admin's client code loads, before any date is rendered (see beijingDefaultTimeZone.ts).
 */
import React from 'react'
import { installBeijingDefaultTimeZone } from './beijingDefaultTimeZone'

installBeijingDefaultTimeZone()

export const BeijingTimeProvider = ({ children }: { children?: React.ReactNode }) => <>{children}</>

export default BeijingTimeProvider
