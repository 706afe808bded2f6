/**
 * English, the built-in language, and the shape every other language fills in. An entry is a string or,
 * where it needs values, a function returning one.
 */
export const en = {
  // Frame
  title: 'Verification profile',
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  back: 'Back',
  next: 'Continue',
  resumed: 'We kept your progress.',

  // Intro
  introHeading: 'Create your verification profile',
  introBody: 'We need three things to confirm who you are:',
  introItemName: 'your full name, as it is on your ID',
  introItemSelfie: 'a photo of your face, taken now with your camera',
  introItemId: 'a photo of your government photo ID, held up to the camera',
  introCamera: 'You need a device with a camera. Photos cannot be uploaded from files.',
  introPrivacy: 'How we handle your information',
  start: 'Start',

  // Name
  nameHeading: 'Your full name',
  nameLabel: 'Full name',
  nameHint: 'Write it exactly as it appears on your ID.',
  'name-required': 'Enter your full name.',
  'name-too-long': (max: number) => `Your name can be at most ${max} characters.`,
  'name-invalid-characters': 'Your name contains characters that cannot be used (such as control or direction-override characters).',
  'name-needs-letter': 'Your name must contain at least one letter.',

  // ID layout
  layoutHeading: 'Are your name and photo on the same side of your ID?',
  layoutOneSided: 'Yes, on the same side',
  layoutTwoSided: 'No, they are on different sides',
  reviewLayoutOneSided: 'Name and photo on the same side',
  reviewLayoutTwoSided: 'Name and photo on different sides',

  // Camera steps
  selfieHeading: 'Take a photo of your face',
  selfieInstructions: 'Look at the camera in good light and keep your face inside the oval.',
  selfieTwoSidedHeading: 'Take a photo of your face and your ID',
  selfieTwoSidedInstructions: 'Hold the side of your ID with your photo next to your face, so both are clear.',
  documentHeading: 'Take a photo of your ID',
  documentInstructions: 'Hold your ID close to the camera, inside the frame, so the text is clear and legible.',
  documentTwoSidedInstructions: 'Show the side of your ID with your name. Hold it close, inside the frame, so the text is clear and legible.',
  cameraStarting: 'Starting the camera…',
  cameraPreviewSelfie: 'Camera preview of your face',
  cameraPreviewDocument: 'Camera preview of your ID',
  chooseCamera: 'Camera',
  /** The button that moves to the next camera (front ↔ back on a phone). */
  switchCamera: 'Switch camera',
  shutter: 'Take photo',
  retake: 'Retake',
  usePhoto: 'Use this photo',
  reviewSelfieAlt: 'The photo of your face you just took',
  reviewDocumentAlt: 'The photo of your ID you just took',
  confirmLowQuality: 'This photo may not be clear enough. Use it anyway?',
  autoCaptureOn: 'The photo is taken automatically when everything looks good.',
  cameraNumber: (n: number) => `Camera ${n}`,
  reviewPhotoHint: 'Check that the photo is clear, then use it or take another one.',

  // Guidance (one at a time, most important first)
  'too-dark': 'Too dark — find more light',
  'too-bright': 'Too bright — move away from direct light',
  blurry: 'The picture is blurry',
  glare: 'Tilt the card to remove glare',
  'no-card': 'Hold your ID inside the frame',
  'card-too-far': 'Hold the card closer',
  'card-not-framed': 'Line the card up with the frame',
  'show-portrait': 'Show the side of your ID with your photo',
  'hold-still': 'Hold still',
  'no-face': "We can't see your face",
  'multiple-faces': 'Only you should be in the picture',
  'centre-face': 'Centre your face in the oval',
  'face-too-small': 'Move closer',
  'show-id-beside-face': 'Hold the photo side of your ID next to your face',
  'turn-card-over': 'Turn the card over: show the side with your name',
  'take-photo': 'Take the photo when you are ready',
  ready: 'Looks good',

  // Camera problems
  cameraDeniedHeading: 'Camera access is blocked',
  cameraDeniedBody:
    'To continue, allow this site to use your camera: select the camera or lock icon in the address bar, set Camera to Allow, then try again.',
  noCameraHeading: 'A camera is needed',
  noCameraBody: 'We could not find a camera on this device. Continue on a phone or computer with a camera.',
  handoffLink: 'Continue on another device',
  handoffQr: 'Scan this code with your phone to continue there.',
  handoffQrLabel: 'QR code of the link to continue on another device',
  cameraAvailableAgain: 'A camera is connected now. You can continue.',
  openSecurePage: 'Open the secure page',
  cameraInUseHeading: 'The camera is busy',
  cameraInUseBody: 'Another app or tab is using the camera. Close it, then try again.',
  cameraEndedHeading: 'The camera stopped',
  cameraEndedBody: 'The camera was disconnected or turned off. What you have done so far is kept. Reconnect it, then continue.',
  cameraOverconstrainedHeading: 'This camera cannot be used',
  cameraOverconstrainedBody: 'The camera does not offer a usable picture size. Try another camera.',
  insecureHeading: 'This page is not secure',
  insecureBody: 'The camera only works on secure (https) pages. Open this page over https to continue.',
  unsupportedHeading: 'This browser cannot use the camera',
  unsupportedBody: 'Open this page in an up-to-date browser such as Chrome, Edge, Firefox or Safari.',
  tryAgain: 'Try again',

  // Review and submit
  reviewHeading: 'Check your details',
  reviewName: 'Name',
  reviewLayout: 'ID layout',
  reviewSelfie: 'Photo of your face',
  reviewDocument: 'Photo of your ID',
  edit: 'Change',
  submit: 'Submit',
  submitting: 'Submitting…',
  submitFailed: 'Your profile could not be submitted. Nothing was lost — please try again.',
  missingChallenge: 'This page is not ready to accept your profile. Please reload the page and try again.',
  retry: 'Try again',

  // Outcomes
  doneHeading: 'Your verification profile was submitted',
  doneBody: 'Thank you. We will tell you if it is not approved.',
  onFileHeading: 'Your verification profile is complete',
  pendingHeading: 'Your verification profile is under review',
  pendingBody: 'We will tell you if it is not approved.',
  onFileBody: 'You do not need to do anything else.',
  updateProfile: 'Update my profile',
  rejectedHeading: 'Your verification profile was not approved',
  rejectedReason: (reason: string) => `Reason: ${reason}`,
  redo: 'Start again',

  formIncomplete: 'Complete and submit your verification profile.',

  // Storage
  storageUnavailable: 'Your progress cannot be saved on this device, but you can still finish now.',
};

/** The string table: every entry of the English table, with the same kind of value. */
export type IdvStrings = {[K in keyof typeof en]: (typeof en)[K]};
