/**
 * The product terms for the search (data/products.json). Gated by `npm run validate` and
 * src/lib/data/products.test.ts, so the client takes the file as typed. Import it lazily
 * (`import('$lib/data/products')`): it stays out of the explorer's initial JavaScript.
 */
import raw from '../../../data/products.json';
import type { ProductsData, ProductTerm } from './products-schema';

// JSON imports type `lines` as number[]; the gate has checked the tuple.
export const PRODUCT_TERMS: readonly ProductTerm[] = (raw as unknown as ProductsData).terms;
