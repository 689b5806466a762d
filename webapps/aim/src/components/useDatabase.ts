import { useParams } from 'react-router';
import { useDatabases } from '../api/queries.ts';
import { isDatabaseId, type DatabaseId } from '../domain/types.ts';

/** The database named in the URL, with the overview query it comes from. */
export function useDatabase() {
  const { databaseId } = useParams();
  const databases = useDatabases();
  const id: DatabaseId | undefined = isDatabaseId(databaseId) ? databaseId : undefined;
  return { id, databases, database: databases.data?.items.find((d) => d.id === id) };
}
