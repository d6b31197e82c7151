export { expectEventually } from './expect-eventually';
export {
  findUnlistedIdentityNumbers,
  testIdentityNumbers,
  type UnlistedIdentityNumber,
} from './identity-numbers';
export { KafkaProbe, type ReceivedMessage } from './kafka-probe';
