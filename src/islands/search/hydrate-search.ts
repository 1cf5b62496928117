import { hydrateIslands } from '../hydrate-islands';
import Search from './Search';

hydrateIslands('site-search-island', Search);
