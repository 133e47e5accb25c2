export default definePageConfig({
  // pull down to see new replies and stage changes (see hooks/use-my-intent.ts)
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
