export { default } from '@jobbnatet/eslint-config';
