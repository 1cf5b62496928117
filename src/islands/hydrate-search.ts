import { hydrateIslands } from './hydrate';
import Search from './Search';

hydrateIslands('site-search-island', Search);
