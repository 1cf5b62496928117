/** A form on offer and an applicant who answers every question, for the EOI tests. */
import { EMPTY_VALUES, eoiOptions, type EoiValues } from '../../src/lib/eoi/schema';

export const options = eoiOptions(
  [
    { value: 'mid-to-senior', label: 'Mid to senior community of practice' },
    { value: 'resistance', label: 'Resistance in Primary Prevention and Gender Equality CoP' },
  ],
  [{ value: 'second', label: 'Second intake', hint: 'Sessions February to May 2025.' }],
);

export const complete: EoiValues = {
  ...EMPTY_VALUES,
  cops: ['resistance'],
  intake: 'second',
  givenName: 'Aroha',
  familyName: 'Ngata',
  email: 'aroha@example.org',
  phone: '0412 345 678',
  organisation: 'Northern Community Health',
  role: 'Health promotion officer',
  workSetting: 'community-health',
  location: 'regional-victoria',
  experience: '1-to-3',
  hopes: 'Ideas for working with resistance.',
  accessNeeds: 'Captions, please.',
  faceToFace: 'unsure',
  privacy: 'yes',
};
