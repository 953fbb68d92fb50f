/** Spanish words of the Sync section in Settings (utils/copy/options/sync.ts). */
import { whole } from '@/utils/copy/core';
import type { MergeSummary, SyncCounts, SyncReach } from '@/utils/model/sync';

/** "1 valor", "3 pasos", "ningún paso". */
function counted(n: number, one: string, many: string): string {
  const count = whole(n);
  if (count === 0) return `ningún ${one}`;
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 valores y 3 pasos". */
function plan(c: SyncCounts): string {
  return `${counted(c.values, 'valor', 'valores')} y ${counted(c.commitments, 'paso', 'pasos')}`;
}

/** Bytes as the browsers count sync storage (1 KB = 1024 bytes); anything stored reads at least "1 KB". */
function kilobytes(bytes: number): string {
  const n = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  return `${Math.ceil(n / 1024)} KB`;
}

const sync = {
  heading: 'Sincronización',
  choice: 'Mis valores, pasos y ajustes',
  what: 'Si lo marcas, tus valores, tus pasos con sus momentos y sus pausas, y tus ajustes van a los otros dispositivos donde también lo marques. Van todos los ajustes menos esta misma opción y lo que pertenece a un solo dispositivo.',
  stays:
    'Tu historial, con su ánimo y sus notas, y tus reflexiones semanales se quedan en este dispositivo. Tu plan para los días difíciles solo viaja si marcas su propia casilla.',
  logChoice: 'También mi historial de los últimos 30 días',
  logWhat:
    'Si lo marcas, tus logros, tus «Hoy no» y tus registros de los últimos 30 días, con sus notas, también viajan, así que un logro anotado en el trabajo cuenta en casa.',
  logNeedsPlan: 'Marca primero «Mis valores, pasos y ajustes».',
  staysWithLog:
    'Las entradas de hace más de 30 días y tus reflexiones semanales se quedan en este dispositivo. Tu plan para los días difíciles solo viaja si marcas su propia casilla.',
  fewerDays: (days: number): string =>
    `Solo los últimos ${whole(days)} días de tu historial caben en el almacenamiento de sincronización del navegador junto a tu plan, así que esos son los días que viajan. Las entradas más antiguas se quedan en cada dispositivo.`,
  logLeftOut:
    'Ahora mismo tu historial no cabe en el almacenamiento de sincronización del navegador junto a tu plan, así que no está viajando. Tu plan sigue viajando, y todo se guarda aquí.',
  hardDaysChoice: 'También mi plan para los días difíciles',
  hardDaysWhat:
    'Si lo marcas, tu plan para los días difíciles también viaja, a tus otros dispositivos donde también lo marques. Si no lo marcas, se queda en cada dispositivo y se quita del almacenamiento de sincronización del navegador.',
  hardDaysLeftOut:
    'Ahora mismo tu plan para los días difíciles no cabe en el almacenamiento de sincronización del navegador junto a lo demás, así que no está viajando. Se guarda aquí, tal como está.',
  remindChoice: 'Recordarme en este dispositivo',
  remindWhat:
    'Si no lo marcas, este dispositivo no muestra recordatorios mientras la sincronización está activada.',
  remindAskHeading: '¿Recordatorios también en este dispositivo?',
  remindAsk:
    'Tu plan ya está en otro dispositivo, que quizá también te lo recuerde. Puedes recibir recordatorios aquí también, o solo en tus otros dispositivos.',
  remindAskYes: 'Recordármelo aquí también',
  remindAskNo: 'Solo en mis otros dispositivos',
  remindSaidYes: 'Este dispositivo también te lo recuerda.',
  remindSaidNo:
    'Este dispositivo no muestra recordatorios mientras la sincronización está activada.',
  how: 'Viaja a través de la propia sincronización de este navegador, con su cuenta y su cifrado. Footholds en sí sigue sin enviar nada a ningún sitio.',
  browsers:
    'La sincronización de Chrome debe incluir «Extensiones». Firefox Sync debe incluir «Complementos», y sincroniza más o menos cada diez minutos.',
  turnedOn: 'La sincronización está activada en este dispositivo.',
  turnedOff:
    'La sincronización está desactivada en este dispositivo. Todo lo que hay aquí se queda como está.',
  notChanged:
    'Ahora mismo no se pudo cambiar la sincronización. Aquí no ha cambiado nada; vuelve a intentarlo en un momento.',
  meterLabel: 'Almacenamiento de sincronización en uso',
  using: (bytes: number, quota: number): string =>
    `En uso: ${kilobytes(bytes)} de ${kilobytes(quota)}`,
  useUnknown: 'Todavía no se sabe cuánto almacenamiento de sincronización está en uso.',
  problems: {
    quota:
      'El almacenamiento de sincronización está lleno, así que tus cambios más recientes aún no viajan. Todo se guarda aquí. Para hacer sitio, borra pasos o valores que ya no uses.',
    rate: 'Llegaron muchos cambios a la vez, así que la sincronización hace una pequeña pausa. Volverá a intentarlo enseguida; todo se guarda aquí.',
    unavailable:
      'La sincronización de este navegador está desactivada, o no has iniciado sesión en ella, así que por ahora no viaja nada. Todo se guarda aquí, y la sincronización sigue en cuanto la del navegador vuelva a estar activada.',
    other:
      'Ahora mismo la sincronización no pudo llegar al almacenamiento de sincronización del navegador. Volverá a intentarlo; todo se guarda aquí.',
  },
  merged: (s: MergeSummary): string => {
    const noSteps = [s.here, s.there, s.now].every((c) => whole(c.commitments) === 0);
    if (noSteps) {
      return `Este dispositivo tenía ${counted(s.here.values, 'valor', 'valores')} y tu otro dispositivo ${whole(s.there.values)}; ahora tienes ${whole(s.now.values)} aquí y allí.`;
    }
    return `Este dispositivo tenía ${plan(s.here)}, y tu otro dispositivo ${plan(s.there)}; ahora tienes ${plan(s.now)} aquí y allí.`;
  },
  leftBehindHint:
    'Lo que Footholds guardó en el almacenamiento de sincronización de este navegador sigue ahí. Puedes quitarlo; en este dispositivo no cambia nada.',
  remove: 'Quitar la copia sincronizada',
  removeHeading: '¿Quitar la copia sincronizada?',
  removeBody:
    'Esto quita lo que Footholds guardó en el almacenamiento de sincronización de este navegador. Tus valores, pasos y ajustes se quedan en este dispositivo, y en cualquier otro dispositivo que ya los tenga. Un dispositivo que aún tenga la sincronización activada volverá a poner su propia copia.',
  removeConfirm: 'Sí, quitarla',
  removeKeep: 'Mantener la copia sincronizada',
  removed: 'Se quitó la copia sincronizada. Todo en este dispositivo sigue como estaba.',
  notRemoved:
    'Ahora mismo no se pudo quitar la copia sincronizada. Vuelve a intentarlo en un momento.',
  privacyOn:
    'Tu historial, tu ánimo y tus notas se quedan en este navegador. Tus valores, pasos y ajustes también viajan a través de la propia sincronización de este navegador; Footholds en sí no envía nada a ningún sitio. Tu plan para los días difíciles solo viaja si marcas su propia casilla.',
  privacyWithLog:
    'Tus valores, pasos y ajustes, y tu historial de los últimos 30 días con sus notas, también viajan a través de la propia sincronización de este navegador; las entradas más antiguas y tus reflexiones se quedan en este navegador. Footholds en sí no envía nada a ningún sitio. Tu plan para los días difíciles solo viaja si marcas su propia casilla.',
  dataIntroWithLog:
    'Tus valores, pasos y ajustes, y tu historial de los últimos 30 días, también viajan a través de la propia sincronización de este navegador; las entradas más antiguas y tus reflexiones se quedan en este navegador. Una copia de seguridad es un archivo que puedes guardar, mover o compartir a propósito.',
  privacyFor: (reach: SyncReach, off: string): string =>
    reach === 'log' ? sync.privacyWithLog : reach === 'plan' ? sync.privacyOn : off,
  dataIntroFor: (reach: SyncReach, off: string): string =>
    reach === 'log' ? sync.dataIntroWithLog : reach === 'plan' ? sync.dataIntroOn : off,
  dataIntroOn:
    'Tu historial, tu ánimo y tus notas se quedan en este navegador; tus valores, pasos y ajustes también viajan a través de la propia sincronización de este navegador. Una copia de seguridad es un archivo que puedes guardar, mover o compartir a propósito.',
};

export default { sync };
