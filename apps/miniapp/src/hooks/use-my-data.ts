import { useState } from 'react'
import { useTranslation } from '../i18n'
import { EXPORT_SAVE_KIND, saveExport } from '../platform/save-export'
import { useApi } from '../services/api-context'
import { toUserError } from '../services/errors'
import { localDay } from '../services/format'
import { deleteMyAccount, fetchMyData } from '../services/my-data'
import { useLanguage } from './use-language'
import { toast } from '../services/toast'
import { isPrivacyRefusal } from '../services/wechat-privacy'

export type MyDataState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'exported'; json: string }
  | { status: 'confirmDelete' }
  | { status: 'deleting' }
  | { status: 'deleted' }
  | { status: 'error'; message: string }

/** The investor's rights over their data: a copy of it, and deleting the account (after confirming). */
export function useMyData() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const api = useApi()
  const [state, setState] = useState<MyDataState>({ status: 'idle' })
  const failed = (error: unknown) => setState({ status: 'error', message: toUserError(error, t).message })

  const exportData = () => {
    setState({ status: 'exporting' })
    fetchMyData(api, language)
      .then(async (json) => {
        setState({ status: 'exported', json })
        // shown on the page either way; saving is a convenience that may be refused (clipboard, downloads)
        await saveExport(json, `zhaoshang-my-data-${localDay()}.json`).then(
          () => toast(EXPORT_SAVE_KIND === 'download' ? t('me.data.downloaded') : t('me.data.copied')),
          (error: unknown) => isPrivacyRefusal(error) && toast(t('privacy.actionDeclined')),
        )
      })
      .catch(failed)
  }

  const deleteAccount = () => {
    setState({ status: 'deleting' })
    deleteMyAccount(api).then(() => {
      setState({ status: 'deleted' })
      toast(t('me.delete.done'))
    }, failed)
  }

  return {
    state,
    exportData,
    askToDelete: () => setState({ status: 'confirmDelete' }),
    cancel: () => setState({ status: 'idle' }),
    deleteAccount,
  }
}
