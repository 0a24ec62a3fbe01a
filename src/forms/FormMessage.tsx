import { Alert } from 'antd'

/** The one message above a contract form: what the core refused that belongs to no field (`useContractForm`'s `formError`). */
export function FormMessage({ error }: { error: string | null }) {
  return error === null ? null : <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
}
