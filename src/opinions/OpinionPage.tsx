import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, InputNumber, Modal, Result, Space, Spin, Table, Tag, Typography } from 'antd'
import { Controller, useFieldArray, useWatch } from 'react-hook-form'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { opinionContent, type DamageEstimate, type Opinion, type OpinionContent } from '../../electron/shared/opinions'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { FormField } from '../forms/FormField'
import { useContractForm } from '../forms/use-contract-form'
import { FormMessage } from '../forms/FormMessage'
import { usePrint } from '../print/print-view'
import { documentPrintRoute } from '../../electron/shared/print'
import { EstimateForm } from './EstimateForm'
import { estimateAmount } from './opinion-text'
import { StepLines } from './StepLines'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { DraftOrderModal } from './DraftOrderModal'
import { EvidencePicker } from './EvidencePicker'
import { WordExportButton } from '../documents/WordExportButton'
import { HistoryCard } from '../documents/HistoryList'
import { useChannel, useChannelMutation, useInvalidate } from '../api/use-channel'
import { useSigningPassword } from '../session/SigningPassword'
import { ExpertLinkNotice } from '../session/ExpertLinkNotice'
import { OpinionStatusTag } from './OpinionStatusTag'
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard'

function contentOf(opinion: Opinion): OpinionContent {
  const { questions, findings, visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement } = opinion
  return { questions, findings, visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement }
}

/** An estimate's steps and result, as the opinion will print them. */
export function EstimateSteps(props: { estimate: DamageEstimate }) {
  const { t } = useTranslation()
  return (
    <div data-testid="estimate-steps">
      <StepLines steps={props.estimate.steps} />
      <Typography.Text strong>
        {t('opinions.estimate.result')}{t('common.colon')}{estimateAmount(props.estimate)}
      </Typography.Text>
    </div>
  )
}

/**
 * The opinion editor: the structured sections, the damage estimate with its
 * calculator, restoration options with the recommended one, signatures,
 * submission, the draft order and the version history.
 */
export function OpinionPage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const invalidate = useInvalidate()
  const { id = '' } = useParams()
  const { user, may } = useCurrentUser()
  const opinion = useChannel('opinions.get', { id })
  if (opinion.isLoading) return <Spin style={{ margin: 64 }} />
  if (!opinion.data) return <Result status="404" title={opinion.error?.message} />
  const o = opinion.data
  const refresh = () => invalidate('opinions.get')
  // An unconfirmed link does not make the account the expert (the core refuses it too).
  const assigned = user?.role === 'investigator' && user.expertLinkConfirmed && o.investigators.some((i) => i.expertId === user.expertId)
  const latest = o.nextVersionId === null
  return (
    <>
      <ExpertLinkNotice />
      <OpinionEditor
        key={o.id}
        opinion={o}
        canEdit={assigned && latest}
        canSubmit={latest && o.status === 'signed' && (assigned || may('submitOpinions') && user?.role === 'clerk')}
        canDraftOrder={latest && o.status !== 'draft' && o.draftOrder === null && (assigned || user?.role === 'clerk')}
        mySignature={assigned ? (o.investigators.find((i) => i.expertId === user?.expertId) ?? null) : null}
        onChanged={(next) => {
          void refresh()
          if (next.id !== o.id) {
            void message.success(t('opinions.savedNewVersion', { version: next.version }))
            navigate(`/opinions/${next.id}`)
          }
        }}
      />
      <HistoryCard entityType="opinion" entityId={o.id} />
    </>
  )
}

function OpinionEditor(props: {
  opinion: Opinion
  canEdit: boolean
  canSubmit: boolean
  canDraftOrder: boolean
  mySignature: Opinion['investigators'][number] | null
  onChanged: (opinion: Opinion) => void
}) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const printDocument = usePrint()
  const o = props.opinion
  const [calculating, setCalculating] = useState(false)
  const [drafting, setDrafting] = useState(false)
  const estimates = useChannel('estimates.list', { caseId: o.caseId })
  // An estimate chosen saves at once, maybe before the page has reread the opinion: the next save names the revision the last one made.
  const savedRevision = useRef(o.revision)
  savedRevision.current = Math.max(savedRevision.current, o.revision)
  const {
    control,
    setValue,
    reset,
    submit: save,
    formError,
    formState: { errors, isSubmitting, isDirty }
  } = useContractForm<OpinionContent>({
    schema: opinionContent,
    defaultValues: contentOf(o),
    serverPrefix: 'content.',
    onSubmit: async (content) => {
      const reply = await api.opinions.update({ id: o.id, revision: savedRevision.current, content })
      if (!reply.ok) return reply.error
      void message.success(t('opinions.saved'))
      // The editor stays mounted across revisions (keyed by the opinion), so what was saved becomes the form's clean state.
      reset(content)
      if (reply.value.id === o.id) savedRevision.current = reply.value.revision
      props.onChanged(reply.value)
      return null
    }
  })
  const questions = useFieldArray({ control, name: 'questions' })
  const options = useFieldArray({ control, name: 'options' })
  const [virtualEstimateId, actualEstimateId] = useWatch({ control, name: ['virtualEstimateId', 'actualEstimateId'] })
  const [visitIds, sampleIds] = useWatch({ control, name: ['visitIds', 'sampleIds'] })
  const frozen = o.status !== 'draft' || o.investigators.some((i) => i.signedAt !== null)
  const readOnly = !props.canEdit

  /** Choosing or dropping an estimate is saved at once on a draft nobody signed; on a signed text it waits for 保存为新版本. */
  const chooseEstimate = (choice: 'virtualEstimateId' | 'actualEstimateId', estimateId: string | null) => {
    setValue(choice, estimateId, { shouldDirty: true })
    if (!readOnly && !frozen) void save()
  }
  const step = useChannelMutation('opinions.submit', {
    onSuccess: (next) => {
      void message.success(t('opinions.submitted'))
      props.onChanged(next)
    },
    onError: (error) => void message.error(error.message)
  })
  // Each investigator signs with their own key: the password is asked again.
  const signing = useSigningPassword()
  const sign = async () => {
    const error = await signing.sign(t('signing.titles.opinion'), async (password) => {
      const reply = await api.opinions.sign({ id: o.id, revision: savedRevision.current, password })
      if (!reply.ok) return reply.error
      void message.success(t('opinions.signedOk'))
      props.onChanged(reply.value)
      return null
    })
    if (error) void message.error(error.message)
  }
  const print = () => printDocument(documentPrintRoute('opinion', o.id), t('opinions.fileName', { caseNumber: o.caseNumber, version: o.version }))

  const estimateRows = estimates.data ?? []
  // An estimate shown as chosen is the form's choice, read from the case's list (or the opinion, before the list loads).
  const chosenOf = (estimateId: string | null, stored: DamageEstimate | null) => estimateRows.find((e) => e.id === estimateId) ?? (stored?.id === estimateId ? stored : null)
  const chosen = [chosenOf(virtualEstimateId, o.virtualEstimate), chosenOf(actualEstimateId, o.actualEstimate)].filter((e) => e !== null)
  const choiceOf = (e: DamageEstimate) => (e.kind === 'virtual_cost' ? 'virtualEstimateId' : 'actualEstimateId')
  const methodName = (e: DamageEstimate) => t(`opinions.estimate.methods.${e.kind === 'actual_cost' ? 'actual_cost' : (e.method?.version ?? 'recommended-2014')}`)

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {signing.dialog}
      <UnsavedChangesGuard dirty={isDirty && !readOnly} />
      <Link to={`/cases/${o.caseId}`}>← {t('opinions.back')}</Link>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('opinions.title')}
          </Typography.Title>
          <Typography.Text>{o.caseNumber}</Typography.Text>
          <Tag>{t('opinions.version', { version: o.version })}</Tag>
          <OpinionStatusTag opinion={o} />
          <Tag color="red">{t('opinions.notPublic')}</Tag>
        </Space>
        <Space wrap>
          {o.draftOrder && <Tag color="purple">{t('opinions.draftOrderExists', { number: o.draftOrder.orderNumber })}</Tag>}
          {props.canDraftOrder && (
            <Button onClick={() => setDrafting(true)} data-testid="draft-order">
              {t('opinions.draftOrder')}
            </Button>
          )}
          {props.canSubmit && (
            <Button onClick={() => step.mutate({ id: o.id, revision: savedRevision.current })} loading={step.isPending} data-testid="submit-opinion">
              {t('opinions.submit')}
            </Button>
          )}
          <Button onClick={() => void print()} data-testid="print-opinion">
            {t('opinions.print')}
          </Button>
          <WordExportButton kind="opinion" id={o.id} />
        </Space>
      </Space>
      {o.nextVersionId !== null && (
        <Alert type="warning" showIcon message={t('opinions.superseded', { version: o.version })} action={<Link to={`/opinions/${o.nextVersionId}`}>{t('opinions.openLatest')}</Link>} />
      )}
      {o.nextVersionId === null && frozen && props.canEdit && <Alert type="info" showIcon message={t('opinions.frozen')} />}
      {o.nextVersionId === null && !props.canEdit && <Alert type="info" showIcon message={t('opinions.readOnly')} />}
      <FormMessage error={formError} />

      <Form layout="vertical" disabled={readOnly} onSubmitCapture={(e) => e.preventDefault()}>
        <Card size="small" title={t('opinions.sections.questions')} style={{ marginBottom: 16 }}>
          {questions.fields.map((q, i) => (
            <Space key={q.id} align="start" style={{ width: '100%' }}>
              <FormField id={`question-${i}`} label={t('opinions.question', { n: i + 1 })} error={errors.questions?.[i]?.text}>
                <Controller control={control} name={`questions.${i}.text`} render={({ field }) => <Input.TextArea id={`question-${i}`} autoSize {...field} style={{ width: 760 }} />} />
              </FormField>
              <Button type="link" danger onClick={() => questions.remove(i)} style={{ marginTop: 30 }}>
                {t('opinions.remove')}
              </Button>
            </Space>
          ))}
          <Button onClick={() => questions.append({ text: '' })} data-testid="add-question">
            {t('opinions.addQuestion')}
          </Button>
        </Card>

        <Card size="small" title={t('opinions.sections.findings')} style={{ marginBottom: 16 }}>
          <FormField id="findings" label={t('opinions.sections.findings')} error={errors.findings}>
            <Controller control={control} name="findings" render={({ field }) => <Input.TextArea id="findings" rows={4} placeholder={t('opinions.findingsPlaceholder')} {...field} />} />
          </FormField>
        </Card>

        <Card size="small" title={t('opinions.sections.evidence')} style={{ marginBottom: 16 }}>
          <EvidencePicker
            opinion={o}
            editable={!readOnly}
            value={{ visitIds, sampleIds }}
            onChange={(next) => {
              setValue('visitIds', next.visitIds, { shouldDirty: true })
              setValue('sampleIds', next.sampleIds, { shouldDirty: true })
            }}
            error={(errors.visitIds?.message ?? errors.visitIds?.[0]?.message ?? errors.sampleIds?.message ?? errors.sampleIds?.[0]?.message) || undefined}
          />
        </Card>

        <Card
          size="small"
          title={t('opinions.sections.estimate')}
          style={{ marginBottom: 16 }}
          extra={
            !readOnly && (
              <Button onClick={() => setCalculating(true)} data-testid="new-estimate">
                {t('opinions.estimate.new')}
              </Button>
            )
          }
        >
          {chosen.length === 0 && <Typography.Text type="secondary">{t('opinions.estimate.none')}</Typography.Text>}
          {chosen.map((e) => (
            <div key={e.id} style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary">{methodName(e)}</Typography.Text>
              <EstimateSteps estimate={e} />
            </div>
          ))}
          {estimateRows.length > 0 && (
            <Table<DamageEstimate>
              style={{ marginTop: 12 }}
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={estimateRows}
              data-testid="estimates-table"
              columns={[
                { title: t('opinions.estimate.list'), key: 'who', render: (_, e) => t('opinions.estimate.createdBy', { name: e.createdByName, at: formatShanghai(e.createdAt) }) },
                { title: t('opinions.estimate.chooseMethod'), key: 'method', render: (_, e) => methodName(e) },
                { title: t('opinions.estimate.result'), key: 'amount', render: (_, e) => estimateAmount(e) },
                {
                  title: '',
                  key: 'use',
                  render: (_, e) =>
                    e.id === virtualEstimateId || e.id === actualEstimateId ? (
                      <Space>
                        <Tag color="green">{t('opinions.estimate.chosen')}</Tag>
                        {!readOnly && (
                          <Button size="small" onClick={() => chooseEstimate(choiceOf(e), null)}>
                            {t('opinions.estimate.drop')}
                          </Button>
                        )}
                      </Space>
                    ) : (
                      <Button size="small" onClick={() => chooseEstimate(choiceOf(e), e.id)}>
                        {t('opinions.estimate.use')}
                      </Button>
                    )
                }
              ]}
            />
          )}
          {(errors.virtualEstimateId ?? errors.actualEstimateId) && <Typography.Text type="danger">{(errors.virtualEstimateId ?? errors.actualEstimateId)!.message}</Typography.Text>}
        </Card>

        <Card size="small" title={t('opinions.sections.options')} style={{ marginBottom: 16 }}>
          {errors.options?.root && <Alert type="error" message={errors.options.root.message} style={{ marginBottom: 8 }} />}
          {errors.options?.message && <Alert type="error" message={errors.options.message} style={{ marginBottom: 8 }} />}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={options.fields}
            data-testid="options-table"
            columns={[
              {
                title: t('opinions.option.method'),
                key: 'method',
                render: (_, _o, i) => (
                  <FormField id={`option-${i}-method`} label="" error={errors.options?.[i]?.method}>
                    <Controller control={control} name={`options.${i}.method`} render={({ field }) => <Input.TextArea id={`option-${i}-method`} aria-label={t('opinions.option.method')} autoSize {...field} />} />
                  </FormField>
                )
              },
              {
                title: t('opinions.option.expectedResult'),
                key: 'expectedResult',
                render: (_, _o, i) => (
                  <FormField id={`option-${i}-result`} label="" error={errors.options?.[i]?.expectedResult}>
                    <Controller control={control} name={`options.${i}.expectedResult`} render={({ field }) => <Input.TextArea id={`option-${i}-result`} aria-label={t('opinions.option.expectedResult')} autoSize {...field} />} />
                  </FormField>
                )
              },
              {
                title: t('opinions.option.cost'),
                key: 'cost',
                width: 150,
                render: (_, _o, i) => (
                  <FormField id={`option-${i}-cost`} label="" error={errors.options?.[i]?.costFen}>
                    <Controller
                      control={control}
                      name={`options.${i}.costFen`}
                      render={({ field }) => (
                        <InputNumber
                          id={`option-${i}-cost`}
                          aria-label={t('opinions.option.cost')}
                          min={0}
                          precision={2}
                          style={{ width: '100%' }}
                          value={field.value / 100}
                          onChange={(v) => field.onChange(Math.round((v ?? 0) * 100))}
                        />
                      )}
                    />
                  </FormField>
                )
              },
              {
                title: t('opinions.option.durationDays'),
                key: 'duration',
                width: 110,
                render: (_, _o, i) => (
                  <FormField id={`option-${i}-days`} label="" error={errors.options?.[i]?.durationDays}>
                    <Controller
                      control={control}
                      name={`options.${i}.durationDays`}
                      render={({ field }) => <InputNumber id={`option-${i}-days`} aria-label={t('opinions.option.durationDays')} min={1} precision={0} value={field.value} onChange={(v) => field.onChange(v ?? 0)} />}
                    />
                  </FormField>
                )
              },
              {
                title: t('opinions.option.recommended'),
                key: 'recommended',
                width: 70,
                render: (_, _o, i) => (
                  <Controller
                    control={control}
                    name={`options.${i}.recommended`}
                    render={({ field }) => (
                      <Checkbox
                        aria-label={t('opinions.option.recommended')}
                        checked={field.value}
                        onChange={(e) => {
                          // Marking one option recommended unmarks the others: an opinion recommends one.
                          if (e.target.checked) options.fields.forEach((_f, j) => j !== i && setValue(`options.${j}.recommended`, false, { shouldDirty: true }))
                          field.onChange(e.target.checked)
                        }}
                      />
                    )}
                  />
                )
              },
              { title: '', key: 'remove', width: 60, render: (_, _o, i) => <Button type="link" danger onClick={() => options.remove(i)}>{t('opinions.remove')}</Button> }
            ]}
          />
          <Button style={{ marginTop: 8 }} onClick={() => options.append({ method: '', expectedResult: '', costFen: 0, durationDays: 180, recommended: options.fields.length === 0 })} data-testid="add-option">
            {t('opinions.option.add')}
          </Button>
        </Card>

        <Card size="small" title={t('opinions.sections.statement')} style={{ marginBottom: 16 }}>
          <FormField id="statement" label={t('opinions.sections.statement')} error={errors.statement}>
            <Controller control={control} name="statement" render={({ field }) => <Input.TextArea id="statement" rows={3} {...field} />} />
          </FormField>
        </Card>
        {!readOnly && (
          <Button type="primary" loading={isSubmitting} disabled={!isDirty} onClick={() => void save()} data-testid="save-opinion">
            {frozen ? t('opinions.saveNewVersion') : t('opinions.save')}
          </Button>
        )}
      </Form>

      <Card size="small" title={t('opinions.sections.investigators')}>
        <Descriptions size="small" column={1}>
          {o.investigators.map((i) => (
            <Descriptions.Item key={i.expertId} label={`${i.name}${t('common.aside', { text: `${i.organisation} · ${i.title}` })}`}>
              <Space>
                {i.signedAt ? (
                  <Tag color="green" data-testid="signature">
                    {t('opinions.signedAt', { name: i.signedByName, at: formatShanghai(i.signedAt) })}
                  </Tag>
                ) : (
                  <Tag>{t('opinions.unsigned')}</Tag>
                )}
                {props.mySignature?.expertId === i.expertId && !i.signedAt && o.status === 'draft' && o.nextVersionId === null && (
                  <Button type="primary" size="small" disabled={isDirty} loading={step.isPending} onClick={() => void sign()} data-testid="sign-opinion">
                    {t('opinions.sign')}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
          ))}
          {o.submittedAt && (
            <Descriptions.Item label={t('opinions.submitted')}>{t('opinions.submittedAt', { name: o.submittedByName, at: formatShanghai(o.submittedAt) })}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card size="small" title={t('opinions.sections.versions')}>
        <Space wrap>
          {o.versions.map((v) => (
            <Link key={v.id} to={`/opinions/${v.id}`}>
              <Tag color={v.id === o.id ? 'blue' : undefined}>
                {t('opinions.version', { version: v.version })} · {t(`opinions.statuses.${v.status}`)} · {formatShanghai(v.updatedAt)}
              </Tag>
            </Link>
          ))}
        </Space>
      </Card>

      <Drawer width={820} open={calculating} destroyOnHidden title={t('opinions.estimate.new')} onClose={() => setCalculating(false)}>
        {calculating && (
          <EstimateForm
            caseId={o.caseId}
            onCreated={(estimate) => {
              void message.success(t('opinions.estimate.saved'))
              setCalculating(false)
              chooseEstimate(choiceOf(estimate), estimate.id)
              void estimates.refetch()
            }}
          />
        )}
      </Drawer>
      <Modal open={drafting} title={t('opinions.draftOrderTitle')} footer={null} destroyOnHidden onCancel={() => setDrafting(false)}>
        {drafting && (
          <DraftOrderModal
            opinion={o}
            onDone={(orderNumber) => {
              setDrafting(false)
              void message.success(t('opinions.draftOrderMade', { number: orderNumber }))
              props.onChanged(o)
            }}
          />
        )}
      </Modal>
    </Space>
  )
}
