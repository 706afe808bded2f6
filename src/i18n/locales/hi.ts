import type {IdvStrings} from '../en.js';

// CLDR's default for `hi` is Latin digits (what most Hindi interfaces show), grouped the Indian way.
const number = new Intl.NumberFormat('hi');

/**
 * Hindi. Loaded only when a page uses the language (see builtin-locales.ts).
 */
const hi: Partial<IdvStrings> = {
  // Frame
  title: 'सत्यापन प्रोफ़ाइल',
  stepOf: (step: number, total: number) => `चरण ${number.format(step)} / ${number.format(total)}`,
  back: 'पीछे',
  next: 'आगे बढ़ें',
  resumed: 'हमने आपकी प्रगति सहेज ली है।',

  // Intro
  introHeading: 'अपनी सत्यापन प्रोफ़ाइल बनाएँ',
  introBody: 'आपकी पहचान की पुष्टि के लिए हमें तीन चीज़ें चाहिए:',
  introItemName: 'आपका पूरा नाम, ठीक वैसा जैसा आपके पहचान पत्र पर लिखा है',
  introItemSelfie: 'आपके चेहरे की फ़ोटो, जो अभी आपके कैमरे से ली जाएगी',
  introItemId: 'आपके सरकारी फ़ोटो पहचान पत्र की फ़ोटो, जिसे आप कैमरे के सामने पकड़ें',
  introCamera: 'आपको कैमरे वाला डिवाइस चाहिए। फ़ाइलों से फ़ोटो अपलोड नहीं की जा सकतीं।',
  introPrivacy: 'हम आपकी जानकारी का उपयोग कैसे करते हैं',
  start: 'शुरू करें',

  // Name
  nameHeading: 'आपका पूरा नाम',
  nameLabel: 'पूरा नाम',
  nameHint: 'इसे ठीक वैसे ही लिखें जैसा यह आपके पहचान पत्र पर है।',
  'name-required': 'अपना पूरा नाम लिखें।',
  'name-too-long': (max: number) => `आपका नाम अधिकतम ${number.format(max)} अक्षरों का हो सकता है।`,
  'name-invalid-characters':
    'आपके नाम में ऐसे वर्ण हैं जिनका उपयोग नहीं किया जा सकता (जैसे नियंत्रण वर्ण या लेखन की दिशा बदलने वाले वर्ण)।',
  'name-needs-letter': 'आपके नाम में कम से कम एक अक्षर होना चाहिए।',

  // ID layout
  layoutHeading: 'क्या आपका नाम और फ़ोटो आपके पहचान पत्र की एक ही तरफ़ हैं?',
  layoutOneSided: 'हाँ, एक ही तरफ़',
  layoutTwoSided: 'नहीं, वे अलग-अलग तरफ़ हैं',
  reviewLayoutOneSided: 'नाम और फ़ोटो एक ही तरफ़',
  reviewLayoutTwoSided: 'नाम और फ़ोटो अलग-अलग तरफ़',

  // Camera steps
  selfieHeading: 'अपने चेहरे की फ़ोटो लें',
  selfieInstructions: 'अच्छी रोशनी में कैमरे की ओर देखें और अपना चेहरा अंडाकार घेरे के अंदर रखें।',
  selfieTwoSidedHeading: 'अपने चेहरे और पहचान पत्र की फ़ोटो लें',
  selfieTwoSidedInstructions: 'पहचान पत्र की फ़ोटो वाली तरफ़ को अपने चेहरे के पास पकड़ें, ताकि दोनों साफ़ दिखें।',
  documentHeading: 'अपने पहचान पत्र की फ़ोटो लें',
  documentInstructions: 'पहचान पत्र को कैमरे के पास, फ़्रेम के अंदर पकड़ें, ताकि लिखावट साफ़ और पढ़ने योग्य हो।',
  documentTwoSidedInstructions:
    'पहचान पत्र की वह तरफ़ दिखाएँ जिस पर आपका नाम है। उसे कैमरे के पास, फ़्रेम के अंदर पकड़ें, ताकि लिखावट साफ़ और पढ़ने योग्य हो।',
  cameraStarting: 'कैमरा शुरू हो रहा है…',
  cameraPreviewSelfie: 'आपके चेहरे का कैमरा पूर्वावलोकन',
  cameraPreviewDocument: 'आपके पहचान पत्र का कैमरा पूर्वावलोकन',
  chooseCamera: 'कैमरा',
  switchCamera: 'कैमरा बदलें',
  cameraNumber: (n: number) => `कैमरा ${number.format(n)}`,
  shutter: 'फ़ोटो लें',
  retake: 'फिर से लें',
  usePhoto: 'यह फ़ोटो इस्तेमाल करें',
  reviewPhotoHint: 'देख लें कि फ़ोटो साफ़ है, फिर इसे इस्तेमाल करें या दूसरी फ़ोटो लें।',
  reviewSelfieAlt: 'आपके चेहरे की वह फ़ोटो जो आपने अभी ली',
  reviewDocumentAlt: 'आपके पहचान पत्र की वह फ़ोटो जो आपने अभी ली',
  confirmLowQuality: 'हो सकता है यह फ़ोटो पर्याप्त साफ़ न हो। फिर भी इस्तेमाल करें?',
  autoCaptureOn: 'सब कुछ ठीक होने पर फ़ोटो अपने आप ले ली जाती है।',

  // Guidance
  'too-dark': 'बहुत अँधेरा है — ज़्यादा रोशनी वाली जगह पर जाएँ',
  'too-bright': 'बहुत ज़्यादा रोशनी है — सीधी रोशनी से दूर हटें',
  blurry: 'तस्वीर धुँधली है',
  glare: 'चमक हटाने के लिए कार्ड को थोड़ा झुकाएँ',
  'no-card': 'अपना पहचान पत्र फ़्रेम के अंदर रखें',
  'card-too-far': 'कार्ड को पास लाएँ',
  'card-not-framed': 'कार्ड को फ़्रेम के साथ सीध में लाएँ',
  'show-portrait': 'पहचान पत्र की वह तरफ़ दिखाएँ जिस पर आपकी फ़ोटो है',
  'hold-still': 'स्थिर रहें',
  'no-face': 'हमें आपका चेहरा नहीं दिख रहा',
  'multiple-faces': 'तस्वीर में सिर्फ़ आप होने चाहिए',
  'centre-face': 'अपना चेहरा अंडाकार के बीच में लाएँ',
  'face-too-small': 'और पास आएँ',
  'show-id-beside-face': 'पहचान पत्र की फ़ोटो वाली तरफ़ अपने चेहरे के पास पकड़ें',
  'turn-card-over': 'कार्ड पलटें: वह तरफ़ दिखाएँ जिस पर आपका नाम है',
  'take-photo': 'तैयार हों तो फ़ोटो लें',
  ready: 'सब ठीक है',

  // Camera problems
  cameraDeniedHeading: 'कैमरे की अनुमति बंद है',
  cameraDeniedBody:
    'जारी रखने के लिए इस साइट को अपना कैमरा इस्तेमाल करने दें: पता बार में कैमरा या ताले वाला आइकन चुनें, कैमरा को "अनुमति दें" पर सेट करें, फिर दोबारा कोशिश करें।',
  noCameraHeading: 'कैमरा ज़रूरी है',
  noCameraBody: 'इस डिवाइस पर कोई कैमरा नहीं मिला। कैमरे वाले फ़ोन या कंप्यूटर पर जारी रखें।',
  handoffLink: 'किसी दूसरे डिवाइस पर जारी रखें',
  handoffQr: 'वहाँ जारी रखने के लिए अपने फ़ोन से यह कोड स्कैन करें।',
  handoffQrLabel: 'दूसरे डिवाइस पर जारी रखने वाले लिंक का QR कोड',
  cameraAvailableAgain: 'अब कैमरा जुड़ गया है। आप जारी रख सकते हैं।',
  openSecurePage: 'सुरक्षित पेज खोलें',
  cameraInUseHeading: 'कैमरा व्यस्त है',
  cameraInUseBody: 'कोई दूसरा ऐप या टैब कैमरा इस्तेमाल कर रहा है। उसे बंद करें, फिर दोबारा कोशिश करें।',
  cameraEndedHeading: 'कैमरा बंद हो गया',
  cameraEndedBody: 'कैमरा डिस्कनेक्ट या बंद हो गया। अब तक का आपका काम सुरक्षित है। उसे फिर से जोड़ें, फिर जारी रखें।',
  cameraOverconstrainedHeading: 'इस कैमरे का उपयोग नहीं किया जा सकता',
  cameraOverconstrainedBody: 'यह कैमरा उपयोग योग्य तस्वीर का आकार नहीं देता। कोई दूसरा कैमरा आज़माएँ।',
  insecureHeading: 'यह पेज सुरक्षित नहीं है',
  insecureBody: 'कैमरा सिर्फ़ सुरक्षित (https) पेजों पर काम करता है। जारी रखने के लिए इस पेज को https पर खोलें।',
  unsupportedHeading: 'यह ब्राउज़र कैमरे का उपयोग नहीं कर सकता',
  unsupportedBody: 'इस पेज को Chrome, Edge, Firefox या Safari जैसे किसी अप-टू-डेट ब्राउज़र में खोलें।',
  tryAgain: 'दोबारा कोशिश करें',

  // Review and submit
  reviewHeading: 'अपनी जानकारी जाँचें',
  reviewName: 'नाम',
  reviewLayout: 'पहचान पत्र का प्रकार',
  reviewSelfie: 'आपके चेहरे की फ़ोटो',
  reviewDocument: 'आपके पहचान पत्र की फ़ोटो',
  edit: 'बदलें',
  submit: 'जमा करें',
  submitting: 'जमा हो रहा है…',
  submitFailed: 'आपकी प्रोफ़ाइल जमा नहीं हो सकी। कुछ भी खोया नहीं है — कृपया दोबारा कोशिश करें।',
  missingChallenge: 'यह पेज अभी आपकी प्रोफ़ाइल लेने के लिए तैयार नहीं है। कृपया पेज को फिर से लोड करके दोबारा कोशिश करें।',
  retry: 'दोबारा कोशिश करें',

  // Outcomes
  doneHeading: 'आपकी सत्यापन प्रोफ़ाइल जमा हो गई है',
  doneBody: 'धन्यवाद। अगर इसे स्वीकृति नहीं मिलती है, तो हम आपको बताएँगे।',
  onFileHeading: 'आपकी सत्यापन प्रोफ़ाइल पूरी है',
  pendingHeading: 'आपकी सत्यापन प्रोफ़ाइल की समीक्षा हो रही है',
  pendingBody: 'अगर इसे स्वीकृति नहीं मिलती है, तो हम आपको बताएँगे।',
  onFileBody: 'आपको और कुछ करने की ज़रूरत नहीं है।',
  updateProfile: 'मेरी प्रोफ़ाइल अपडेट करें',
  rejectedHeading: 'आपकी सत्यापन प्रोफ़ाइल स्वीकृत नहीं हुई',
  rejectedReason: (reason: string) => `कारण: ${reason}`,
  redo: 'फिर से शुरू करें',

  formIncomplete: 'अपनी सत्यापन प्रोफ़ाइल पूरी करके जमा करें।',

  // Storage
  storageUnavailable: 'इस डिवाइस पर आपकी प्रगति सहेजी नहीं जा सकती, लेकिन आप अभी प्रक्रिया पूरी कर सकते हैं।',
};

export default hi;
