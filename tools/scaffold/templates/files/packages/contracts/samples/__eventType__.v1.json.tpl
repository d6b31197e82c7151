{
  "specversion": "1.0",
  "id": "5a0c7e1d-2b3f-4c6a-8d9e-0f1a2b3c4d5e",
  "source": "/jobbnatet/{{serviceKebab}}",
  "type": "{{eventType}}",
  "subject": "8e2d4c6b-1a3f-4e5d-9c7b-6a5f4e3d2c1b",
  "time": "2026-11-30T09:00:00.000Z",
  "datacontenttype": "application/json",
  "dataschema": "urn:jobbnatet:event:{{eventType}}:v1",
  "dataversion": 1,
  "correlationid": "req-sample",
  "subjectsequence": 1,
  "data": {
    "{{entityCamel}}Id": "8e2d4c6b-1a3f-4e5d-9c7b-6a5f4e3d2c1b",
    "officeId": "af-sodertalje",
    "createdAt": "2026-11-30T09:00:00.000Z",
    "createdBy": "2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24"
  }
}
