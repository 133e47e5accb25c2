export default definePageConfig({
  // WeChat: the share menu forwards a card that opens this policy (see platform/share.weapp.ts)
  enableShareAppMessage: true,
})
