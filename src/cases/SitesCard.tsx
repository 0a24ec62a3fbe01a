import { App as AntApp, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd'
import { Controller } from 'react-hook-form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { siteInput, waterbodies, type Site, type SiteInput } from '../../electron/shared/sites'
import type { AppErrorShape } from '../../electron/shared/errors'
import { api } from '../api/api'
import { FormField } from '../forms/FormField'
import { parseCoordinates } from '../../electron/shared/coordinates'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { FormActions } from '../forms/FormActions'
import { useChannel, useInvalidate } from '../api/use-channel'

function toInput(s: Site): SiteInput {
  return { name: s.name, address: s.address, latitude: s.latitude, longitude: s.longitude, accuracyM: s.accuracyM, waterbody: s.waterbody, notes: s.notes }
}

const emptySite: SiteInput = { name: '', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: null, notes: '' }

function SiteForm(props: { initial: SiteInput; onSubmit: (values: SiteInput) => Promise<AppErrorShape | null>; onCancel: () => void }) {
  const { t } = useTranslation()
  const [pasteError, setPasteError] = useState(false)
  const { control, setValue, formState, submit, formError } = useContractForm({ schema: siteInput, defaultValues: props.initial, serverPrefix: 'site.', onSubmit: props.onSubmit })
  const { errors, isSubmitting } = formState
  const number = (name: 'latitude' | 'longitude' | 'accuracyM', step: number) => (
    <FormField id={`site-${name}`} label={t(`sites.${name}`)} error={errors[name]}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <InputNumber id={`site-${name}`} step={step} style={{ width: 170 }} value={field.value} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} />
        )}
      />
    </FormField>
  )
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('sites.edit')}>
      <Form layout="vertical" component={false}>
        <FormMessage error={formError} />
        <FormField id="site-name" label={t('sites.name')} error={errors.name} required>
          <Controller control={control} name="name" render={({ field }) => <Input id="site-name" {...field} />} />
        </FormField>
        <FormField id="site-address" label={t('sites.address')} error={errors.address}>
          <Controller control={control} name="address" render={({ field }) => <Input id="site-address" {...field} />} />
        </FormField>
        <Space wrap>
          <FormField id="site-paste" label={t('sampling.pasteCoordinates')} error={pasteError ? { type: 'paste', message: t('sampling.pasteUnreadable') } : undefined}>
            <Input
              id="site-paste"
              onChange={(e) => {
                const text = e.target.value
                const read = parseCoordinates(text)
                setPasteError(text.trim() !== '' && read === null)
                if (read) {
                  setValue('latitude', read.latitude, { shouldValidate: true })
                  setValue('longitude', read.longitude, { shouldValidate: true })
                }
              }}
            />
          </FormField>
          {number('latitude', 0.0001)}
          {number('longitude', 0.0001)}
          {number('accuracyM', 1)}
        </Space>
        <FormField id="site-waterbody" label={t('sites.waterbody')} error={errors.waterbody}>
          <Controller
            control={control}
            name="waterbody"
            render={({ field }) => (
              <Select
                id="site-waterbody"
                showSearch={{ optionFilterProp: 'label' }}
                value={field.value ?? 'none'}
                onChange={(v: string) => field.onChange(v === 'none' ? null : v)}
                options={[...waterbodies, 'none' as const].map((w) => ({ value: w, label: t(`sites.waterbodies.${w}`) }))}
              />
            )}
          />
        </FormField>
        <FormField id="site-notes" label={t('sites.notes')} error={errors.notes}>
          <Controller control={control} name="notes" render={({ field }) => <Input.TextArea id="site-notes" rows={2} {...field} />} />
        </FormField>
        <FormActions submitting={isSubmitting} onCancel={props.onCancel} />
      </Form>
    </form>
  )
}

/** The sites of a case: where the damage is, in WGS-84 with the GPS accuracy. */
export function SitesCard(props: { caseId: string; canEdit: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const [editing, setEditing] = useState<{ site: Site | null } | null>(null)
  const sites = useChannel('sites.list', { caseId: props.caseId })

  const save = async (values: SiteInput): Promise<AppErrorShape | null> => {
    const site = editing?.site
    const reply = site
      ? await api.sites.update({ id: site.id, revision: site.revision, site: values })
      : await api.sites.create({ caseId: props.caseId, site: values })
    if (!reply.ok) return reply.error
    void message.success(t('sites.saved', { name: reply.value.name }))
    setEditing(null)
    void invalidate('sites.list')
    return null
  }

  return (
    <Card
      title={t('sites.title')}
      size="small"
      extra={
        <Button size="small" disabled={!props.canEdit} onClick={() => setEditing({ site: null })} data-testid="add-site">
          {t('sites.add')}
        </Button>
      }
    >
      <Table<Site>
        rowKey="id"
        size="small"
        pagination={false}
        loading={sites.isLoading}
        dataSource={sites.data ?? []}
        columns={[
          { title: t('sites.name'), dataIndex: 'name' },
          { title: t('sites.address'), dataIndex: 'address' },
          {
            title: t('sites.coordinates'),
            key: 'coordinates',
            render: (_, s) =>
              s.latitude === null || s.longitude === null
                ? '—'
                : `${s.latitude.toFixed(5)}°N, ${s.longitude.toFixed(5)}°E${s.accuracyM === null ? '' : ` ±${s.accuracyM} m`}`
          },
          { title: t('sites.waterbody'), key: 'waterbody', render: (_, s) => t(`sites.waterbodies.${s.waterbody ?? 'none'}`) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_, site) => (
              <Button size="small" type="link" disabled={!props.canEdit} onClick={() => setEditing({ site })}>
                {t('common.edit')}
              </Button>
            )
          }
        ]}
      />
      <Modal open={editing !== null} destroyOnHidden footer={null} title={t(editing?.site ? 'sites.edit' : 'sites.add')} onCancel={() => setEditing(null)}>
        {editing && (
          <SiteForm
            initial={editing.site ? toInput(editing.site) : emptySite}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Card>
  )
}
