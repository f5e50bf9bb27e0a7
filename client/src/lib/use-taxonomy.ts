import { useQuery } from 'urql';
import { TaxonomyQuery } from '../pages/profile/profile.graphql';

export function useTaxonomy() {
  const [result, reexecute] = useQuery({ query: TaxonomyQuery });
  return {
    taxonomy: result.data?.taxonomy ?? null,
    failed: !!result.error && !result.data,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
