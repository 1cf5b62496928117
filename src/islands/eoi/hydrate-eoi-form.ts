import EoiForm from './EoiForm.tsx';
import { hydrateIslands } from '../hydrate-islands.ts';

hydrateIslands('eoi-form-island', EoiForm);
