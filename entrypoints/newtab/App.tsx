import { NewTab } from '../../components/NewTab';

/** The new-tab page. */
export function App() {
  return <NewTab />;
}
