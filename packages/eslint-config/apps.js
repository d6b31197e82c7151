// Extra rules for apps/: Kafka is reached only through @jobbnatet/service-kit, so the client can change.
import base from './index.js';

export default [
  ...base,
  {
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'kafkajs', message: 'Apps reach Kafka only through @jobbnatet/service-kit.' },
          ],
          patterns: [
            {
              group: ['@jobbnatet/*/src/**', '@jobbnatet/*/dist/**'],
              message: 'Import a package through its exports map, never a deep path.',
            },
            {
              group: ['**/apps/*', '../../apps/**'],
              message: 'An app never imports another app: share through packages/ or events.',
            },
          ],
        },
      ],
    },
  },
];
