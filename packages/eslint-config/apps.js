// Extra rules for apps/: Kafka is reached only through @jobbnatet/service-kit, so the client can change.
import base, { pureDomainBlock, restrictedImportPatterns } from './index.js';

const kafkaOnlyThroughTheKit = [
  { name: 'kafkajs', message: 'Apps reach Kafka only through @jobbnatet/service-kit.' },
];

export default [
  ...base,
  {
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: kafkaOnlyThroughTheKit, patterns: restrictedImportPatterns },
      ],
    },
  },
  pureDomainBlock(kafkaOnlyThroughTheKit),
];
