/** Spanish words of the new tab's value statement (utils/copy/todayView.ts). */
export default {
  todayView: {
    eyebrow: 'El valor de hoy',
    welcomeEyebrow: 'Bienvenida',
    welcomeHeading: 'Te damos la bienvenida a Footholds',
    welcomeBody: 'Pasos pequeños, amables y repetidos hacia lo que te importa.',
  },
};
