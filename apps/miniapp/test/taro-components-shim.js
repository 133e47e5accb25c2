// See jest-resolver.js.
const view = require('@tarojs/components-react/dist/components/view/index.js')
const scrollView = require('@tarojs/components-react/dist/components/scroll-view/index.js')

module.exports = { __esModule: true, View: view.default, ScrollView: scrollView.default }
