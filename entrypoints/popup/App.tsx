import { Popup } from '../../components/Popup';

/** The toolbar popup. */
export function App() {
  return <Popup />;
}
