import EoiForm from './EoiForm';
import { hydrateIslands } from './hydrate';

hydrateIslands('eoi-form-island', EoiForm);
