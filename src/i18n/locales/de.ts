import type {IdvStrings} from '../en.js';

const number = new Intl.NumberFormat('de');

/**
 * German. Loaded only when a page uses the language (see builtin-locales.ts).
 */
const de: Partial<IdvStrings> = {
  // Frame
  title: 'Verifizierungsprofil',
  stepOf: (step: number, total: number) => `Schritt ${number.format(step)} von ${number.format(total)}`,
  back: 'Zurück',
  next: 'Weiter',
  resumed: 'Ihr Fortschritt wurde gespeichert.',

  // Intro
  introHeading: 'Erstellen Sie Ihr Verifizierungsprofil',
  introBody: 'Um Ihre Identität zu bestätigen, benötigen wir drei Dinge:',
  introItemName: 'Ihren vollständigen Namen, wie er in Ihrem Ausweis steht',
  introItemSelfie: 'ein Foto Ihres Gesichts, jetzt mit Ihrer Kamera aufgenommen',
  introItemId: 'ein Foto Ihres amtlichen Lichtbildausweises, vor die Kamera gehalten',
  introCamera: 'Sie benötigen ein Gerät mit Kamera. Fotos können nicht aus Dateien hochgeladen werden.',
  introPrivacy: 'Wie wir mit Ihren Daten umgehen',
  start: 'Starten',

  // Name
  nameHeading: 'Ihr vollständiger Name',
  nameLabel: 'Vollständiger Name',
  nameHint: 'Schreiben Sie ihn genau so, wie er in Ihrem Ausweis steht.',
  'name-required': 'Geben Sie Ihren vollständigen Namen ein.',
  'name-too-long': (max: number) => `Ihr Name darf höchstens ${number.format(max)} Zeichen lang sein.`,
  'name-invalid-characters':
    'Ihr Name enthält Zeichen, die nicht verwendet werden können (etwa Steuerzeichen oder Zeichen, die die Schreibrichtung ändern).',
  'name-needs-letter': 'Ihr Name muss mindestens einen Buchstaben enthalten.',

  // ID layout
  layoutHeading: 'Stehen Ihr Name und Ihr Foto auf derselben Seite Ihres Ausweises?',
  layoutOneSided: 'Ja, auf derselben Seite',
  layoutTwoSided: 'Nein, sie stehen auf verschiedenen Seiten',
  reviewLayoutOneSided: 'Name und Foto auf derselben Seite',
  reviewLayoutTwoSided: 'Name und Foto auf verschiedenen Seiten',

  // Camera steps
  selfieHeading: 'Fotografieren Sie Ihr Gesicht',
  selfieInstructions: 'Schauen Sie bei gutem Licht in die Kamera und halten Sie Ihr Gesicht im Oval.',
  selfieTwoSidedHeading: 'Fotografieren Sie Ihr Gesicht und Ihren Ausweis',
  selfieTwoSidedInstructions: 'Halten Sie die Seite Ihres Ausweises mit Ihrem Foto neben Ihr Gesicht, sodass beide gut zu erkennen sind.',
  documentHeading: 'Fotografieren Sie Ihren Ausweis',
  documentInstructions: 'Halten Sie Ihren Ausweis nah an die Kamera, innerhalb des Rahmens, sodass der Text scharf und lesbar ist.',
  documentTwoSidedInstructions:
    'Zeigen Sie die Seite Ihres Ausweises mit Ihrem Namen. Halten Sie ihn nah an die Kamera, innerhalb des Rahmens, sodass der Text scharf und lesbar ist.',
  cameraStarting: 'Kamera wird gestartet …',
  cameraPreviewSelfie: 'Kameravorschau Ihres Gesichts',
  cameraPreviewDocument: 'Kameravorschau Ihres Ausweises',
  chooseCamera: 'Kamera',
  switchCamera: 'Kamera wechseln',
  cameraNumber: (n: number) => `Kamera ${number.format(n)}`,
  shutter: 'Foto aufnehmen',
  retake: 'Neu aufnehmen',
  usePhoto: 'Dieses Foto verwenden',
  reviewPhotoHint: 'Prüfen Sie, ob das Foto scharf ist, und verwenden Sie es oder nehmen Sie ein neues auf.',
  reviewSelfieAlt: 'Das Foto Ihres Gesichts, das Sie gerade aufgenommen haben',
  reviewDocumentAlt: 'Das Foto Ihres Ausweises, das Sie gerade aufgenommen haben',
  confirmLowQuality: 'Dieses Foto ist möglicherweise nicht scharf genug. Trotzdem verwenden?',
  autoCaptureOn: 'Das Foto wird automatisch aufgenommen, sobald alles passt.',

  // Guidance
  'too-dark': 'Zu dunkel – suchen Sie mehr Licht',
  'too-bright': 'Zu hell – gehen Sie aus dem direkten Licht',
  blurry: 'Das Bild ist unscharf',
  glare: 'Kippen Sie die Karte, um Spiegelungen zu vermeiden',
  'no-card': 'Halten Sie Ihren Ausweis in den Rahmen',
  'card-too-far': 'Halten Sie die Karte näher',
  'card-not-framed': 'Richten Sie die Karte am Rahmen aus',
  'show-portrait': 'Zeigen Sie die Seite Ihres Ausweises mit Ihrem Foto',
  'hold-still': 'Stillhalten',
  'no-face': 'Wir können Ihr Gesicht nicht sehen',
  'multiple-faces': 'Nur Sie sollten im Bild sein',
  'centre-face': 'Bringen Sie Ihr Gesicht in die Mitte des Ovals',
  'face-too-small': 'Kommen Sie näher',
  'show-id-beside-face': 'Halten Sie die Fotoseite Ihres Ausweises neben Ihr Gesicht',
  'turn-card-over': 'Drehen Sie die Karte um: Zeigen Sie die Seite mit Ihrem Namen',
  'take-photo': 'Nehmen Sie das Foto auf, wenn Sie bereit sind',
  ready: 'Sieht gut aus',

  // Camera problems
  cameraDeniedHeading: 'Der Kamerazugriff ist blockiert',
  cameraDeniedBody:
    'Erlauben Sie dieser Website, Ihre Kamera zu verwenden: Wählen Sie das Kamera- oder Schloss-Symbol in der Adressleiste, stellen Sie Kamera auf Zulassen und versuchen Sie es dann erneut.',
  noCameraHeading: 'Eine Kamera wird benötigt',
  noCameraBody: 'Auf diesem Gerät wurde keine Kamera gefunden. Fahren Sie auf einem Smartphone oder Computer mit Kamera fort.',
  handoffLink: 'Auf einem anderen Gerät fortfahren',
  handoffQr: 'Scannen Sie diesen Code mit Ihrem Smartphone, um dort fortzufahren.',
  handoffQrLabel: 'QR-Code des Links, um auf einem anderen Gerät fortzufahren',
  cameraAvailableAgain: 'Jetzt ist eine Kamera angeschlossen. Sie können fortfahren.',
  openSecurePage: 'Sichere Seite öffnen',
  cameraInUseHeading: 'Die Kamera ist belegt',
  cameraInUseBody: 'Eine andere App oder ein anderer Tab verwendet die Kamera. Schließen Sie diese und versuchen Sie es erneut.',
  cameraEndedHeading: 'Die Kamera wurde beendet',
  cameraEndedBody:
    'Die Kamera wurde getrennt oder ausgeschaltet. Ihr bisheriger Fortschritt bleibt erhalten. Schließen Sie sie wieder an und fahren Sie fort.',
  cameraOverconstrainedHeading: 'Diese Kamera kann nicht verwendet werden',
  cameraOverconstrainedBody: 'Die Kamera bietet keine verwendbare Bildgröße. Versuchen Sie eine andere Kamera.',
  insecureHeading: 'Diese Seite ist nicht sicher',
  insecureBody: 'Die Kamera funktioniert nur auf sicheren (https-)Seiten. Öffnen Sie diese Seite über https, um fortzufahren.',
  unsupportedHeading: 'Dieser Browser kann die Kamera nicht verwenden',
  unsupportedBody: 'Öffnen Sie diese Seite in einem aktuellen Browser wie Chrome, Edge, Firefox oder Safari.',
  tryAgain: 'Erneut versuchen',

  // Review and submit
  reviewHeading: 'Prüfen Sie Ihre Angaben',
  reviewName: 'Name',
  reviewLayout: 'Aufbau des Ausweises',
  reviewSelfie: 'Foto Ihres Gesichts',
  reviewDocument: 'Foto Ihres Ausweises',
  edit: 'Ändern',
  submit: 'Absenden',
  submitting: 'Wird gesendet …',
  submitFailed: 'Ihr Profil konnte nicht gesendet werden. Es ist nichts verloren gegangen – bitte versuchen Sie es erneut.',
  missingChallenge: 'Diese Seite kann Ihr Profil noch nicht annehmen. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',

  // Outcomes
  doneHeading: 'Ihr Verifizierungsprofil wurde gesendet',
  doneBody: 'Vielen Dank. Wir informieren Sie, falls es nicht genehmigt wird.',
  onFileHeading: 'Ihr Verifizierungsprofil ist vollständig',
  pendingHeading: 'Ihr Verifizierungsprofil wird geprüft',
  pendingBody: 'Wir informieren Sie, falls es nicht genehmigt wird.',
  onFileBody: 'Sie müssen nichts weiter tun.',
  updateProfile: 'Mein Profil aktualisieren',
  rejectedHeading: 'Ihr Verifizierungsprofil wurde nicht genehmigt',
  rejectedReason: (reason: string) => `Grund: ${reason}`,
  redo: 'Neu beginnen',

  formIncomplete: 'Vervollständigen und senden Sie Ihr Verifizierungsprofil.',

  // Storage
  storageUnavailable: 'Ihr Fortschritt kann auf diesem Gerät nicht gespeichert werden, Sie können aber jetzt trotzdem abschließen.',
};

export default de;
