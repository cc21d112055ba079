/** The scheduler, calendar, audit and interpretations plugins as config transforms: what they add, and what they need. */
import type { CollectionConfig, Config, Payload } from 'payload'
import { hasScheduler, scheduledTasksOf, withScheduledTask } from '../../domain/scheduledTasks'
import { schedulerPlugin } from '../../plugins/scheduler'
import { calendarPlugin } from '../../plugins/calendar'
import { auditPlugin } from '../../plugins/audit'
import { interpretationsPlugin } from '../../plugins/interpretations'
import { resolveFinding } from '../../plugins/audit/collectFindings'

const posts: CollectionConfig = { slug: 'posts', fields: [{ name: 'headline', type: 'text' }] }
const host = (): Config => ({ collections: [posts] }) as Config
const rule = { id: 'host-rule', title: '自定义规则', collect: async () => [] }
const slugs = (config: Config) => (config.collections ?? []).map((c) => c.slug)

describe('scheduler plugin', () => {
  it('adds the runs collection and tells other plugins it is there', () => {
    const config = schedulerPlugin({ instance: 'a' })(host())
    expect(slugs(config)).toContain('scheduler-runs')
    expect(config.custom?.scheduler).toMatchObject({ collection: 'scheduler-runs', instance: 'a', timezone: 'Asia/Shanghai' })
    expect(config.custom?.scheduledTasks).toEqual([])
  })
})

describe('calendar plugin', () => {
  it('creates the settings global with the 工作日历 group when the host has none, and exposes the calendar', () => {
    const config = calendarPlugin()(host())
    const settings = config.globals?.find((g) => g.slug === 'settings')
    expect(settings?.fields.map((f) => ('name' in f ? f.name : null))).toEqual(['calendar'])
    expect(typeof config.custom?.calendar?.load).toBe('function')
    expect(slugs(config)).toContain('calendar-days')
  })
})

describe('audit plugin', () => {
  it('refuses to start without the scheduler plugin, in Chinese', () => {
    expect(() => auditPlugin({ rules: [rule] })(calendarPlugin()(host()))).toThrow('督办插件需要定时任务插件')
  })

  it('refuses to start without the calendar plugin, in Chinese', () => {
    expect(() => auditPlugin({ rules: [rule] })(schedulerPlugin()(host()))).toThrow('督办插件需要工作日历插件')
  })

  it('registers a host rule: its id is a 问题类型, the daily run a scheduled task, the host collections subject types', () => {
    const config = auditPlugin({ rules: [rule] })(calendarPlugin()(schedulerPlugin()(host())))
    const notices = config.collections?.find((c) => c.slug === 'audit-notices')
    const options = (name: string) =>
      (notices?.fields.flatMap((f) => ('fields' in f ? f.fields : [f])).find((f) => 'name' in f && f.name === name) as { options: Array<{ value: string }> }).options.map((o) => o.value)
    expect(options('rule')).toEqual(['host-rule', 'calendar-pending'])
    expect(options('subjectType')).toEqual(expect.arrayContaining(['site', 'posts']))
    expect((config.custom?.scheduledTasks as Array<{ name: string }>).map((t) => t.name)).toEqual(['daily-audit'])
  })

  it('refuses a rule id registered twice', () => {
    expect(() => auditPlugin({ rules: [rule, rule] })(calendarPlugin()(schedulerPlugin()(host())))).toThrow('督办规则编号重复：host-rule')
  })

  it('reads a short finding: the subject as collection:id, the rule from the registration', () => {
    expect(resolveFinding(rule, { severity: 'yellow', subject: 'posts:7', message: '缺少正文' })).toEqual({
      rule: 'host-rule', severity: 'yellow', subjectType: 'posts', subjectId: '7', subjectTitle: 'posts:7', department: null, message: '缺少正文', dueAt: null,
    })
  })
})

describe('interpretations plugin', () => {
  const linked = (): Config =>
    ({
      collections: [
        { slug: 'documents', fields: [{ name: 'title', type: 'text' }] },
        { slug: 'interpretations', fields: [{ name: 'policy', type: 'relationship', relationTo: 'documents' }] },
      ],
    }) as Config

  it('refuses to start without the calendar plugin, in Chinese', () => {
    expect(() => interpretationsPlugin()(linked())).toThrow('政策解读插件需要工作日历插件')
  })

  it('hooks into the workflow through custom.workflow on both collections and adds the link fields', () => {
    const config = interpretationsPlugin()(calendarPlugin()(linked()))
    const of = (slug: string) => config.collections!.find((c) => c.slug === slug)!
    expect((of('interpretations').custom?.workflow as { beforeTransition: unknown[] }).beforeTransition).toHaveLength(1)
    expect((of('documents').custom?.workflow as { afterTransition: unknown[] }).afterTransition).toHaveLength(1)
    expect(of('interpretations').fields.map((f) => ('name' in f ? f.name : null))).toEqual(['policy', 'policyStatus', 'linkedAt', 'linkDeadline', 'linkedLate', 'publishedWithPolicy', 'policyWithdrawn'])
    expect(of('documents').endpoints).toEqual([expect.objectContaining({ path: '/:id/interpretation-status', method: 'get' })])
  })

  it('refuses to start when no workflow reviews both collections (the linkage runs inside its transitions)', async () => {
    const config = interpretationsPlugin()(calendarPlugin()(linked()))
    const started = (workflow: unknown) => config.onInit!({ config: { custom: { ...config.custom, workflow } } } as unknown as Payload)
    await expect(started(undefined)).rejects.toThrow('政策解读插件需要三审工作流插件（workflowPlugin）审核集合“interpretations”“documents”')
    await expect(started({ collections: { documents: {} } })).rejects.toThrow('审核集合“interpretations”')
    await expect(started({ collections: { documents: {}, interpretations: {} } })).resolves.toBeUndefined()
  })
})

describe('the scheduled-task contract (domain/scheduledTasks)', () => {
  it('appends a task and keeps those other plugins appended', () => {
    const run = async () => undefined
    const custom = withScheduledTask(withScheduledTask({}, { name: 'a', cron: '* * * * *', run }), { name: 'b', cron: '0 * * * *', run })
    expect(scheduledTasksOf(custom).map((task) => task.name)).toEqual(['a', 'b'])
    expect(scheduledTasksOf(withScheduledTask(custom, null)).map((task) => task.name)).toEqual(['a', 'b'])
    expect(hasScheduler(custom)).toBe(false)
    expect(hasScheduler(schedulerPlugin()({ collections: [] } as unknown as Config).custom)).toBe(true)
  })
})
