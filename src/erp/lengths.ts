/** Column sizes of the ERP store (the Business Central field lengths); inputs are validated against them. */
export const ERP_LEN = {
  code: 20,
  shortCode: 10,
  name: 100,
  description: 100,
  address: 100,
  city: 30,
  postCode: 20,
  phone: 30,
  email: 80,
  homePage: 80,
  jobTitle: 30,
  externalDocumentNo: 35,
} as const;
