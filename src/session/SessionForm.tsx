import { Button, Card, Form, Input, Segmented, Typography } from 'antd'
import type { ReactNode } from 'react'
import { Controller, type DefaultValues, type FieldValues, type Path } from 'react-hook-form'
import type { z } from 'zod'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../electron/shared/errors'
import type { SessionState } from '../../electron/shared/users'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { useCurrentUser } from './CurrentUser'
import { languages, switchLanguage, type Language } from '../i18n'

export interface SessionField<T> {
  name: Path<T> & string
  label: string
  secret?: boolean
  autoComplete: string
}

/**
 * One card of the session screens (first run, sign-in, forced change,
 * unlock): a few text fields checked by the contract's schema, sent to one
 * session channel; the reply becomes the window's session.
 */
export function SessionForm<T extends FieldValues>(props: {
  testId: string
  title: string
  hint: ReactNode
  schema: z.ZodType<T, T>
  defaults: DefaultValues<T>
  fields: SessionField<T>[]
  submitLabel: string
  send: (values: T) => Promise<Result<SessionState>>
  extra?: ReactNode
}) {
  const { t, i18n } = useTranslation()
  const { apply } = useCurrentUser()
  const { control, formState, submit, formError } = useContractForm<T>({
    schema: props.schema,
    defaultValues: props.defaults,
    onSubmit: async (values) => {
      const reply = apply(await props.send(values))
      return reply.ok ? null : reply.error
    }
  })
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Card
        title={props.title}
        style={{ width: 460 }}
        data-testid={props.testId}
        extra={
          <Segmented<Language>
            data-testid="language"
            size="small"
            value={i18n.language as Language}
            onChange={switchLanguage}
            options={languages.map((l) => ({ value: l, label: t(l === 'en' ? 'language.en' : 'language.zh') }))}
          />
        }
      >
        <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>
        <Form layout="vertical" component={false}>
          <FormMessage error={formError} />
          {props.fields.map((f) => (
            <FormField key={f.name} id={`${props.testId}-${f.name}`} label={f.label} error={formState.errors[f.name] as never} required>
              <Controller
                control={control}
                name={f.name}
                render={({ field }) => {
                  const common = { ...field, id: `${props.testId}-${f.name}`, 'data-testid': `${props.testId}-${f.name}`, autoComplete: f.autoComplete, onPressEnter: () => void submit() }
                  return f.secret ? <Input.Password {...common} /> : <Input {...common} />
                }}
              />
            </FormField>
          ))}
          <Button type="primary" block data-testid={`${props.testId}-submit`} loading={formState.isSubmitting} onClick={() => void submit()}>
            {props.submitLabel}
          </Button>
          {props.extra}
        </Form>
      </Card>
    </div>
  )
}
