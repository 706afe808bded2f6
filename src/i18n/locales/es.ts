import type {IdvStrings} from '../en.js';

const number = new Intl.NumberFormat('es');

/**
 * Spanish. Loaded only when a page uses the language (see builtin-locales.ts).
 */
const es: Partial<IdvStrings> = {
  // Frame
  title: 'Perfil de verificación',
  stepOf: (step: number, total: number) => `Paso ${number.format(step)} de ${number.format(total)}`,
  back: 'Atrás',
  next: 'Continuar',
  resumed: 'Hemos guardado tu progreso.',

  // Intro
  introHeading: 'Crea tu perfil de verificación',
  introBody: 'Necesitamos tres cosas para confirmar tu identidad:',
  introItemName: 'tu nombre completo, tal como aparece en tu documento de identidad',
  introItemSelfie: 'una foto de tu cara, tomada ahora con tu cámara',
  introItemId: 'una foto de tu documento de identidad oficial con fotografía, sostenido frente a la cámara',
  introCamera: 'Necesitas un dispositivo con cámara. No se pueden subir fotos desde archivos.',
  introPrivacy: 'Cómo tratamos tu información',
  start: 'Empezar',

  // Name
  nameHeading: 'Tu nombre completo',
  nameLabel: 'Nombre completo',
  nameHint: 'Escríbelo exactamente como aparece en tu documento de identidad.',
  'name-required': 'Escribe tu nombre completo.',
  'name-too-long': (max: number) => `Tu nombre puede tener como máximo ${number.format(max)} caracteres.`,
  'name-invalid-characters':
    'Tu nombre contiene caracteres que no se pueden usar (como caracteres de control o de cambio de dirección del texto).',
  'name-needs-letter': 'Tu nombre debe contener al menos una letra.',

  // ID layout
  layoutHeading: '¿Tu nombre y tu foto están en el mismo lado de tu documento?',
  layoutOneSided: 'Sí, en el mismo lado',
  layoutTwoSided: 'No, están en lados diferentes',
  reviewLayoutOneSided: 'Nombre y foto en el mismo lado',
  reviewLayoutTwoSided: 'Nombre y foto en lados diferentes',

  // Camera steps
  selfieHeading: 'Toma una foto de tu cara',
  selfieInstructions: 'Mira a la cámara con buena luz y mantén la cara dentro del óvalo.',
  selfieTwoSidedHeading: 'Toma una foto de tu cara y de tu documento',
  selfieTwoSidedInstructions: 'Sostén el lado del documento con tu foto junto a tu cara, para que ambos se vean con claridad.',
  documentHeading: 'Toma una foto de tu documento de identidad',
  documentInstructions: 'Acerca el documento a la cámara, dentro del marco, para que el texto se vea nítido y legible.',
  documentTwoSidedInstructions:
    'Muestra el lado del documento con tu nombre. Acércalo a la cámara, dentro del marco, para que el texto se vea nítido y legible.',
  cameraStarting: 'Iniciando la cámara…',
  cameraPreviewSelfie: 'Vista previa de la cámara: tu cara',
  cameraPreviewDocument: 'Vista previa de la cámara: tu documento',
  chooseCamera: 'Cámara',
  switchCamera: 'Cambiar de cámara',
  cameraNumber: (n: number) => `Cámara ${number.format(n)}`,
  shutter: 'Tomar foto',
  retake: 'Repetir',
  usePhoto: 'Usar esta foto',
  reviewPhotoHint: 'Comprueba que la foto se ve nítida y luego úsala o toma otra.',
  reviewSelfieAlt: 'La foto de tu cara que acabas de tomar',
  reviewDocumentAlt: 'La foto de tu documento que acabas de tomar',
  confirmLowQuality: 'Puede que esta foto no sea lo bastante nítida. ¿Usarla de todos modos?',
  autoCaptureOn: 'La foto se toma automáticamente cuando todo se ve bien.',

  // Guidance
  'too-dark': 'Demasiado oscuro: busca más luz',
  'too-bright': 'Demasiado brillante: aléjate de la luz directa',
  blurry: 'La imagen está borrosa',
  glare: 'Inclina la tarjeta para quitar los reflejos',
  'no-card': 'Sostén tu documento dentro del marco',
  'card-too-far': 'Acerca la tarjeta',
  'card-not-framed': 'Alinea la tarjeta con el marco',
  'show-portrait': 'Muestra el lado de tu documento con tu foto',
  'hold-still': 'No te muevas',
  'no-face': 'No vemos tu cara',
  'multiple-faces': 'Solo tú debes aparecer en la imagen',
  'centre-face': 'Centra tu cara en el óvalo',
  'face-too-small': 'Acércate más',
  'show-id-beside-face': 'Sostén el lado de la foto de tu documento junto a tu cara',
  'turn-card-over': 'Da la vuelta a la tarjeta: muestra el lado con tu nombre',
  'take-photo': 'Toma la foto cuando quieras',
  ready: 'Se ve bien',

  // Camera problems
  cameraDeniedHeading: 'El acceso a la cámara está bloqueado',
  cameraDeniedBody:
    'Para continuar, permite que este sitio use tu cámara: selecciona el icono de la cámara o del candado en la barra de direcciones, establece Cámara en Permitir y vuelve a intentarlo.',
  noCameraHeading: 'Se necesita una cámara',
  noCameraBody: 'No encontramos ninguna cámara en este dispositivo. Continúa en un teléfono u ordenador con cámara.',
  handoffLink: 'Continuar en otro dispositivo',
  handoffQr: 'Escanea este código con tu teléfono para continuar allí.',
  handoffQrLabel: 'Código QR del enlace para continuar en otro dispositivo',
  cameraAvailableAgain: 'Ya hay una cámara conectada. Puedes continuar.',
  openSecurePage: 'Abrir la página segura',
  cameraInUseHeading: 'La cámara está ocupada',
  cameraInUseBody: 'Otra aplicación o pestaña está usando la cámara. Ciérrala y vuelve a intentarlo.',
  cameraEndedHeading: 'La cámara se detuvo',
  cameraEndedBody:
    'La cámara se desconectó o se apagó. Lo que has hecho hasta ahora se ha guardado. Vuelve a conectarla y continúa.',
  cameraOverconstrainedHeading: 'No se puede usar esta cámara',
  cameraOverconstrainedBody: 'La cámara no ofrece un tamaño de imagen utilizable. Prueba con otra cámara.',
  insecureHeading: 'Esta página no es segura',
  insecureBody: 'La cámara solo funciona en páginas seguras (https). Abre esta página con https para continuar.',
  unsupportedHeading: 'Este navegador no puede usar la cámara',
  unsupportedBody: 'Abre esta página en un navegador actualizado, como Chrome, Edge, Firefox o Safari.',
  tryAgain: 'Reintentar',

  // Review and submit
  reviewHeading: 'Revisa tus datos',
  reviewName: 'Nombre',
  reviewLayout: 'Formato del documento',
  reviewSelfie: 'Foto de tu cara',
  reviewDocument: 'Foto de tu documento',
  edit: 'Cambiar',
  submit: 'Enviar',
  submitting: 'Enviando…',
  submitFailed: 'No se pudo enviar tu perfil. No se ha perdido nada; vuelve a intentarlo.',
  missingChallenge: 'Esta página no está lista para recibir tu perfil. Vuelve a cargar la página e inténtalo de nuevo.',
  retry: 'Reintentar',

  // Outcomes
  doneHeading: 'Tu perfil de verificación se ha enviado',
  doneBody: 'Gracias. Te avisaremos si no se aprueba.',
  onFileHeading: 'Tu perfil de verificación está completo',
  pendingHeading: 'Tu perfil de verificación está en revisión',
  pendingBody: 'Te avisaremos si no se aprueba.',
  onFileBody: 'No necesitas hacer nada más.',
  updateProfile: 'Actualizar mi perfil',
  rejectedHeading: 'Tu perfil de verificación no se ha aprobado',
  rejectedReason: (reason: string) => `Motivo: ${reason}`,
  redo: 'Volver a empezar',

  formIncomplete: 'Completa y envía tu perfil de verificación.',

  // Storage
  storageUnavailable: 'Tu progreso no se puede guardar en este dispositivo, pero puedes terminar ahora.',
};

export default es;
