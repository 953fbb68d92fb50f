import { Options } from '../../components/Options';

/** The options page. */
export function App() {
  return <Options />;
}
