import EoiForm from './EoiForm';
import { hydrateIslands } from '../hydrate-islands';

hydrateIslands('eoi-form-island', EoiForm);
