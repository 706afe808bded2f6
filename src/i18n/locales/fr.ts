import type {IdvStrings} from '../en.js';

const number = new Intl.NumberFormat('fr');

/**
 * French. Loaded only when a page uses the language (see builtin-locales.ts).
 */
const fr: Partial<IdvStrings> = {
  // Frame
  title: 'Profil de vérification',
  stepOf: (step: number, total: number) => `Étape ${number.format(step)} sur ${number.format(total)}`,
  back: 'Retour',
  next: 'Continuer',
  resumed: 'Nous avons conservé votre progression.',

  // Intro
  introHeading: 'Créez votre profil de vérification',
  introBody: 'Nous avons besoin de trois éléments pour confirmer votre identité :',
  introItemName: 'votre nom complet, tel qu’il figure sur votre pièce d’identité',
  introItemSelfie: 'une photo de votre visage, prise maintenant avec votre caméra',
  introItemId: 'une photo de votre pièce d’identité officielle avec photo, tenue devant la caméra',
  introCamera: 'Il vous faut un appareil équipé d’une caméra. Les photos ne peuvent pas être importées depuis des fichiers.',
  introPrivacy: 'Comment nous traitons vos informations',
  start: 'Commencer',

  // Name
  nameHeading: 'Votre nom complet',
  nameLabel: 'Nom complet',
  nameHint: 'Écrivez-le exactement comme sur votre pièce d’identité.',
  'name-required': 'Saisissez votre nom complet.',
  'name-too-long': (max: number) => `Votre nom ne peut pas dépasser ${number.format(max)} caractères.`,
  'name-invalid-characters':
    'Votre nom contient des caractères non autorisés (par exemple des caractères de contrôle ou de changement de sens d’écriture).',
  'name-needs-letter': 'Votre nom doit contenir au moins une lettre.',

  // ID layout
  layoutHeading: 'Votre nom et votre photo sont-ils du même côté de votre pièce d’identité ?',
  layoutOneSided: 'Oui, du même côté',
  layoutTwoSided: 'Non, ils sont sur des côtés différents',
  reviewLayoutOneSided: 'Nom et photo du même côté',
  reviewLayoutTwoSided: 'Nom et photo sur des côtés différents',

  // Camera steps
  selfieHeading: 'Prenez une photo de votre visage',
  selfieInstructions: 'Regardez la caméra dans un endroit bien éclairé et gardez votre visage dans l’ovale.',
  selfieTwoSidedHeading: 'Prenez une photo de votre visage et de votre pièce d’identité',
  selfieTwoSidedInstructions:
    'Tenez le côté de votre pièce d’identité qui porte votre photo à côté de votre visage, pour que les deux soient nets.',
  documentHeading: 'Prenez une photo de votre pièce d’identité',
  documentInstructions:
    'Tenez votre pièce d’identité près de la caméra, dans le cadre, pour que le texte soit net et lisible.',
  documentTwoSidedInstructions:
    'Montrez le côté de votre pièce d’identité qui porte votre nom. Tenez-la près de la caméra, dans le cadre, pour que le texte soit net et lisible.',
  cameraStarting: 'Démarrage de la caméra…',
  cameraPreviewSelfie: 'Aperçu de la caméra : votre visage',
  cameraPreviewDocument: 'Aperçu de la caméra : votre pièce d’identité',
  chooseCamera: 'Caméra',
  switchCamera: 'Changer de caméra',
  cameraNumber: (n: number) => `Caméra ${number.format(n)}`,
  shutter: 'Prendre la photo',
  retake: 'Reprendre',
  usePhoto: 'Utiliser cette photo',
  reviewPhotoHint: 'Vérifiez que la photo est nette, puis utilisez-la ou prenez-en une autre.',
  reviewSelfieAlt: 'La photo de votre visage que vous venez de prendre',
  reviewDocumentAlt: 'La photo de votre pièce d’identité que vous venez de prendre',
  confirmLowQuality: 'Cette photo n’est peut-être pas assez nette. L’utiliser quand même ?',
  autoCaptureOn: 'La photo est prise automatiquement dès que tout est bon.',

  // Guidance
  'too-dark': 'Trop sombre — trouvez plus de lumière',
  'too-bright': 'Trop lumineux — éloignez-vous de la lumière directe',
  blurry: 'L’image est floue',
  glare: 'Inclinez la carte pour supprimer les reflets',
  'no-card': 'Placez votre pièce d’identité dans le cadre',
  'card-too-far': 'Approchez la carte',
  'card-not-framed': 'Alignez la carte sur le cadre',
  'show-portrait': 'Montrez le côté de votre pièce d’identité avec votre photo',
  'hold-still': 'Ne bougez pas',
  'no-face': 'Nous ne voyons pas votre visage',
  'multiple-faces': 'Personne d’autre ne doit apparaître sur la photo',
  'centre-face': 'Centrez votre visage dans l’ovale',
  'face-too-small': 'Rapprochez-vous',
  'show-id-beside-face': 'Tenez le côté photo de votre pièce d’identité à côté de votre visage',
  'turn-card-over': 'Retournez la carte : montrez le côté avec votre nom',
  'take-photo': 'Prenez la photo quand vous le souhaitez',
  ready: 'C’est bon',

  // Camera problems
  cameraDeniedHeading: 'L’accès à la caméra est bloqué',
  cameraDeniedBody:
    'Pour continuer, autorisez ce site à utiliser votre caméra : cliquez sur l’icône de caméra ou de cadenas dans la barre d’adresse, réglez Caméra sur Autoriser, puis réessayez.',
  noCameraHeading: 'Une caméra est nécessaire',
  noCameraBody:
    'Nous n’avons trouvé aucune caméra sur cet appareil. Continuez sur un téléphone ou un ordinateur équipé d’une caméra.',
  handoffLink: 'Continuer sur un autre appareil',
  handoffQr: 'Scannez ce code avec votre téléphone pour continuer dessus.',
  handoffQrLabel: 'Code QR du lien pour continuer sur un autre appareil',
  cameraAvailableAgain: 'Une caméra est maintenant connectée. Vous pouvez continuer.',
  openSecurePage: 'Ouvrir la page sécurisée',
  cameraInUseHeading: 'La caméra est occupée',
  cameraInUseBody: 'Une autre application ou un autre onglet utilise la caméra. Fermez-le, puis réessayez.',
  cameraEndedHeading: 'La caméra s’est arrêtée',
  cameraEndedBody:
    'La caméra a été déconnectée ou éteinte. Ce que vous avez déjà fait est conservé. Reconnectez-la, puis continuez.',
  cameraOverconstrainedHeading: 'Cette caméra ne peut pas être utilisée',
  cameraOverconstrainedBody: 'La caméra ne propose pas de taille d’image utilisable. Essayez une autre caméra.',
  insecureHeading: 'Cette page n’est pas sécurisée',
  insecureBody: 'La caméra ne fonctionne que sur des pages sécurisées (https). Ouvrez cette page en https pour continuer.',
  unsupportedHeading: 'Ce navigateur ne peut pas utiliser la caméra',
  unsupportedBody: 'Ouvrez cette page dans un navigateur à jour comme Chrome, Edge, Firefox ou Safari.',
  tryAgain: 'Réessayer',

  // Review and submit
  reviewHeading: 'Vérifiez vos informations',
  reviewName: 'Nom',
  reviewLayout: 'Disposition de la pièce d’identité',
  reviewSelfie: 'Photo de votre visage',
  reviewDocument: 'Photo de votre pièce d’identité',
  edit: 'Modifier',
  submit: 'Envoyer',
  submitting: 'Envoi en cours…',
  submitFailed: 'Votre profil n’a pas pu être envoyé. Rien n’a été perdu — veuillez réessayer.',
  missingChallenge: 'Cette page n’est pas prête à recevoir votre profil. Rechargez la page et réessayez.',
  retry: 'Réessayer',

  // Outcomes
  doneHeading: 'Votre profil de vérification a été envoyé',
  doneBody: 'Merci. Nous vous préviendrons s’il n’est pas approuvé.',
  onFileHeading: 'Votre profil de vérification est complet',
  pendingHeading: 'Votre profil de vérification est en cours d’examen',
  pendingBody: 'Nous vous préviendrons s’il n’est pas approuvé.',
  onFileBody: 'Vous n’avez rien d’autre à faire.',
  updateProfile: 'Mettre à jour mon profil',
  rejectedHeading: 'Votre profil de vérification n’a pas été approuvé',
  rejectedReason: (reason: string) => `Motif : ${reason}`,
  redo: 'Recommencer',

  formIncomplete: 'Complétez et envoyez votre profil de vérification.',

  // Storage
  storageUnavailable: 'Votre progression ne peut pas être enregistrée sur cet appareil, mais vous pouvez tout de même terminer maintenant.',
};

export default fr;
