import { useEffect, useState, type PropsWithChildren } from 'react'
import { I18nextProvider } from 'react-i18next'
import { createI18n } from './i18n'
import { applyDocumentLanguage } from './platform/document-language'
import { currentLanguage, initialLanguage } from './services/language'
import './app.css'

function App({ children }: PropsWithChildren) {
  const [i18n] = useState(() => createI18n(initialLanguage()))

  useEffect(() => {
    applyDocumentLanguage(currentLanguage(i18n))
  }, [i18n])

  // children are the pages
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}

export default App
