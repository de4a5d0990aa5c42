/**
 * The product terms for the search (data/products.json). Gated by `npm run validate` and
 * src/lib/data/products.test.ts, so the client takes the file as typed.
 */
import raw from '../../../data/products.json';
import type { ProductTerm } from './products-schema';

export const PRODUCT_TERMS: readonly ProductTerm[] = (raw as { terms: ProductTerm[] }).terms;
