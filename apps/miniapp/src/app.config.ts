// Tab labels here are only what shows before the app starts; pages set them in the user's
// language at runtime (Taro.setTabBarItem), from the same i18n resources.
import zh from '../../../packages/i18n/locales/zh-CN/miniapp.json'
import zhCommon from '../../../packages/i18n/locales/zh-CN/common.json'

export default defineAppConfig({
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
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f4f6f9',
    navigationBarBackgroundColor: '#14365d',
    navigationBarTitleText: zhCommon['app.name'],
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#5f6b7a',
    selectedColor: '#14365d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: zh['tab.home'] },
      { pagePath: 'pages/policies/index', text: zh['tab.policies'] },
      { pagePath: 'pages/concierge/index', text: zh['tab.concierge'] },
      { pagePath: 'pages/me/index', text: zh['tab.me'] },
    ],
  },
})
