import { hydrateIslands } from '../hydrate-islands.ts';
import Search from './Search.tsx';

hydrateIslands('site-search-island', Search);
