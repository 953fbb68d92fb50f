import { BackupPanel } from '../../components/BackupPanel';

/** The options page. */
export function App() {
  return (
    <main>
      <h1>Footholds</h1>
      <BackupPanel />
    </main>
  );
}
