// Tab labels here are only what shows before the app starts: the app relabels the tab bar in the
// investor's language at launch (Taro.setTabBarItem), from the same i18n resources.
import zh from '../../../packages/i18n/locales/zh-CN/miniapp.json'

// 81 × 81 px PNGs rendered from src/assets/tab-bar/*.svg by scripts/tab-icons.mjs
const icons = (name: string) => ({ iconPath: `assets/tab-bar/${name}.png`, selectedIconPath: `assets/tab-bar/${name}-active.png` })

export default defineAppConfig({
  // WeChat injects a page's components when it first shows, not all at launch
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  pages: ['pages/index/index', 'pages/policies/index', 'pages/concierge/index', 'pages/me/index'],
  // Heavy features (map, long content) get their own subpackages so the main package stays small.
  subPackages: [
    { root: 'pages/heatmap', pages: ['index'] },
    // the guide's home, its articles (and sections), procedures with steps to tick off, and the FAQ
    { root: 'pages/guide', pages: ['index', 'article/index', 'procedure/index', 'faq/index'] },
    { root: 'pages/policy-detail', pages: ['index'] },
    { root: 'pages/policy-match', pages: ['index'] },
    { root: 'pages/intent', pages: ['index'] },
    { root: 'pages/intent-detail', pages: ['index'] },
    { root: 'pages/my-intents', pages: ['index'] },
    // where a link to a page the app does not have lands (app.tsx, usePageNotFound)
    { root: 'pages/not-found', pages: ['index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f4f6f9',
    navigationBarBackgroundColor: '#14365d',
    // no title in one language for everybody: each page sets its own in the investor's language
    // before its first paint (hooks/use-page-chrome.ts)
    navigationBarTitleText: '',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#5f6b7a',
    selectedColor: '#14365d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: zh['tab.home'], ...icons('home') },
      { pagePath: 'pages/policies/index', text: zh['tab.policies'], ...icons('policies') },
      { pagePath: 'pages/concierge/index', text: zh['tab.concierge'], ...icons('concierge') },
      { pagePath: 'pages/me/index', text: zh['tab.me'], ...icons('me') },
    ],
  },
})
