export default {
  config: { locales: ['uk'] },
  bootstrap() {},
};
