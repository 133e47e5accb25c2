export default definePageConfig({
  // WeChat: the share menu forwards a card that opens this page (see platform/share.weapp.ts)
  enableShareAppMessage: true,
})
