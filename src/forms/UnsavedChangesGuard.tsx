import { Modal } from 'antd'
import { useContext, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router-dom'

/**
 * Warns before unsaved changes are lost: a navigation inside the app waits
 * for 离开 or 留下 (react-router's blocker); closing or reloading the window
 * asks first (`beforeunload`; in Electron the main process turns it into a
 * dialog, see electron/main/unload-prompt.ts). Put one in every form with
 * `dirty` its react-hook-form `isDirty`.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older Chromium asks only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])
  // Only a data router can hold a navigation; a form rendered outside one (a dialog in a test) keeps the window's warning alone.
  return useContext(UNSAFE_DataRouterContext) ? <NavigationBlocker dirty={dirty} /> : null
}

function NavigationBlocker({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation()
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname)
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('unsaved.title')}
      okText={t('unsaved.leave')}
      cancelText={t('unsaved.stay')}
      okButtonProps={{ danger: true, 'data-testid': 'unsaved-leave' }}
      cancelButtonProps={{ 'data-testid': 'unsaved-stay' }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('unsaved.body')}
    </Modal>
  )
}
