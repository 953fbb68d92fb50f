import { useEffect, useState } from 'preact/hooks';
import { dataCopy, storedSize } from '@/utils/copy/options/data';
import { onDataChanged } from '@/utils/doors/notices';
import { loadStorageUse } from '@/utils/pages/options/storageUse';

/**
 * How much Footholds stores in this browser and that it stays until the person deletes it or
 * removes the extension, read again after every change.
 */
export function StorageUse() {
  const words = dataCopy.data;
  const [bytes, setBytes] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void loadStorageUse().then((n) => live && setBytes(n));
    read();
    const stop = onDataChanged(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return (
    <p class="hint storage-use">
      {bytes !== null && `${words.storedAbout(storedSize(bytes))} `}
      {words.storedStays}
    </p>
  );
}
