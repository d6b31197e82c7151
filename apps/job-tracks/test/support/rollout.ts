export const joinMutation = `mutation J($input: JoinRolloutInput!) {
  joinMethodRollout(input: $input) { officeId officeName joinedOn processLeaderIds }
}`;
export const supportMutation = `mutation S($input: RecordRolloutSupportInput!) {
  recordRolloutSupport(input: $input) { id officeId kind givenOn recordedBy }
}`;
export const assessMutation = `mutation A($input: AssessOfficeAdoptionInput!) {
  assessOfficeAdoption(input: $input) { id officeId level assessedOn evidence recordedBy }
}`;
