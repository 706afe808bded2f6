import type {IdvStrings} from '../en.js';

// Digits as CLDR gives them for `ar` (the host's Intl decides: Latin in current CLDR, Arabic-Indic in
// older data); plural forms follow Intl's six Arabic categories.
const number = new Intl.NumberFormat('ar');
const plural = new Intl.PluralRules('ar');

/** "n characters" with the noun form Arabic grammar needs after a number. */
function characters(n: number): string {
  switch (plural.select(n)) {
    case 'one':
      return 'حرف واحد';
    case 'two':
      return 'حرفين';
    case 'few':
      return `${number.format(n)} أحرف`;
    case 'many':
      return `${number.format(n)} حرفًا`;
    default:
      return `${number.format(n)} حرف`;
  }
}

/**
 * Arabic (written right to left). Loaded only when a page uses the language (see builtin-locales.ts).
 */
const ar: Partial<IdvStrings> = {
  // Frame
  title: 'ملف التحقق',
  stepOf: (step: number, total: number) => `الخطوة ${number.format(step)} من ${number.format(total)}`,
  back: 'رجوع',
  next: 'متابعة',
  resumed: 'احتفظنا بما أنجزته.',

  // Intro
  introHeading: 'أنشئ ملف التحقق الخاص بك',
  introBody: 'نحتاج إلى ثلاثة أشياء لتأكيد هويتك:',
  introItemName: 'اسمك الكامل كما هو مكتوب في بطاقة هويتك',
  introItemSelfie: 'صورة لوجهك تلتقطها الآن بالكاميرا',
  introItemId: 'صورة لبطاقة هويتك الرسمية التي تحمل صورتك، وأنت تمسكها أمام الكاميرا',
  introCamera: 'تحتاج إلى جهاز مزوّد بكاميرا. لا يمكن رفع الصور من ملفات.',
  introPrivacy: 'كيف نتعامل مع معلوماتك',
  start: 'ابدأ',

  // Name
  nameHeading: 'اسمك الكامل',
  nameLabel: 'الاسم الكامل',
  nameHint: 'اكتبه تمامًا كما يظهر في بطاقة هويتك.',
  'name-required': 'أدخل اسمك الكامل.',
  'name-too-long': (max: number) => `يجب ألا يزيد اسمك على ${characters(max)}.`,
  'name-invalid-characters': 'يحتوي اسمك على رموز لا يمكن استخدامها (مثل رموز التحكم أو رموز تغيير اتجاه الكتابة).',
  'name-needs-letter': 'يجب أن يحتوي اسمك على حرف واحد على الأقل.',

  // ID layout
  layoutHeading: 'هل اسمك وصورتك على الوجه نفسه من بطاقة هويتك؟',
  layoutOneSided: 'نعم، على الوجه نفسه',
  layoutTwoSided: 'لا، كل منهما على وجه مختلف',
  reviewLayoutOneSided: 'الاسم والصورة على الوجه نفسه',
  reviewLayoutTwoSided: 'الاسم والصورة على وجهين مختلفين',

  // Camera steps
  selfieHeading: 'التقط صورة لوجهك',
  selfieInstructions: 'انظر إلى الكاميرا في مكان جيد الإضاءة وأبقِ وجهك داخل الشكل البيضاوي.',
  selfieTwoSidedHeading: 'التقط صورة لوجهك ولبطاقة هويتك',
  selfieTwoSidedInstructions: 'أمسك وجه البطاقة الذي يحمل صورتك بجانب وجهك، بحيث يظهر كلاهما بوضوح.',
  documentHeading: 'التقط صورة لبطاقة هويتك',
  documentInstructions: 'قرّب بطاقة هويتك من الكاميرا داخل الإطار، حتى يكون النص واضحًا ومقروءًا.',
  documentTwoSidedInstructions: 'اعرض وجه البطاقة الذي يحمل اسمك. قرّبها من الكاميرا داخل الإطار، حتى يكون النص واضحًا ومقروءًا.',
  cameraStarting: 'جارٍ تشغيل الكاميرا…',
  cameraPreviewSelfie: 'معاينة الكاميرا لوجهك',
  cameraPreviewDocument: 'معاينة الكاميرا لبطاقة هويتك',
  chooseCamera: 'الكاميرا',
  switchCamera: 'تبديل الكاميرا',
  cameraNumber: (n: number) => `الكاميرا ${number.format(n)}`,
  shutter: 'التقط الصورة',
  retake: 'إعادة الالتقاط',
  usePhoto: 'استخدم هذه الصورة',
  reviewPhotoHint: 'تأكد من أن الصورة واضحة، ثم استخدمها أو التقط صورة أخرى.',
  reviewSelfieAlt: 'صورة وجهك التي التقطتها للتو',
  reviewDocumentAlt: 'صورة بطاقة هويتك التي التقطتها للتو',
  confirmLowQuality: 'قد لا تكون هذه الصورة واضحة بما يكفي. هل تريد استخدامها على أي حال؟',
  autoCaptureOn: 'تُلتقط الصورة تلقائيًا عندما يكون كل شيء جيدًا.',

  // Guidance
  'too-dark': 'الإضاءة خافتة جدًا، ابحث عن مكان أكثر إضاءة',
  'too-bright': 'الإضاءة ساطعة جدًا، ابتعد عن الضوء المباشر',
  blurry: 'الصورة غير واضحة',
  glare: 'أمِل البطاقة قليلًا لإزالة الانعكاس',
  'no-card': 'أمسك بطاقة هويتك داخل الإطار',
  'card-too-far': 'قرّب البطاقة',
  'card-not-framed': 'اجعل البطاقة داخل الإطار',
  'show-portrait': 'أظهر وجه بطاقة هويتك الذي عليه صورتك',
  'hold-still': 'لا تتحرك',
  'no-face': 'لا نستطيع رؤية وجهك',
  'multiple-faces': 'يجب أن تظهر أنت فقط في الصورة',
  'centre-face': 'ضع وجهك في وسط الشكل البيضاوي',
  'face-too-small': 'اقترب أكثر',
  'show-id-beside-face': 'أمسك وجه الصورة من بطاقة هويتك بجانب وجهك',
  'turn-card-over': 'اقلب البطاقة: أظهر الوجه الذي عليه اسمك',
  'take-photo': 'التقط الصورة عندما تكون جاهزًا',
  ready: 'كل شيء جيد',

  // Camera problems
  cameraDeniedHeading: 'الوصول إلى الكاميرا محظور',
  cameraDeniedBody:
    'للمتابعة، اسمح لهذا الموقع باستخدام الكاميرا: اختر رمز الكاميرا أو القفل في شريط العناوين، واضبط الكاميرا على «السماح»، ثم حاول مرة أخرى.',
  noCameraHeading: 'يلزم وجود كاميرا',
  noCameraBody: 'لم نعثر على كاميرا في هذا الجهاز. تابع على هاتف أو حاسوب مزوّد بكاميرا.',
  handoffLink: 'المتابعة على جهاز آخر',
  handoffQr: 'امسح هذا الرمز بهاتفك للمتابعة عليه.',
  handoffQrLabel: 'رمز QR للرابط الذي يتيح المتابعة على جهاز آخر',
  cameraAvailableAgain: 'الكاميرا متصلة الآن. يمكنك المتابعة.',
  openSecurePage: 'افتح الصفحة الآمنة',
  cameraInUseHeading: 'الكاميرا مشغولة',
  cameraInUseBody: 'هناك تطبيق أو علامة تبويب أخرى تستخدم الكاميرا. أغلقها ثم حاول مرة أخرى.',
  cameraEndedHeading: 'توقفت الكاميرا',
  cameraEndedBody: 'فُصلت الكاميرا أو أُوقف تشغيلها. ما أنجزته حتى الآن محفوظ. أعد توصيلها ثم تابع.',
  cameraOverconstrainedHeading: 'لا يمكن استخدام هذه الكاميرا',
  cameraOverconstrainedBody: 'لا توفر الكاميرا حجم صورة مناسبًا. جرّب كاميرا أخرى.',
  insecureHeading: 'هذه الصفحة غير آمنة',
  insecureBody: 'لا تعمل الكاميرا إلا في الصفحات الآمنة (https). افتح هذه الصفحة عبر https للمتابعة.',
  unsupportedHeading: 'لا يستطيع هذا المتصفح استخدام الكاميرا',
  unsupportedBody: 'افتح هذه الصفحة في متصفح حديث مثل Chrome أو Edge أو Firefox أو Safari.',
  tryAgain: 'حاول مرة أخرى',

  // Review and submit
  reviewHeading: 'راجع بياناتك',
  reviewName: 'الاسم',
  reviewLayout: 'تخطيط بطاقة الهوية',
  reviewSelfie: 'صورة وجهك',
  reviewDocument: 'صورة بطاقة هويتك',
  edit: 'تغيير',
  submit: 'إرسال',
  submitting: 'جارٍ الإرسال…',
  submitFailed: 'تعذّر إرسال ملفك. لم يُفقد أي شيء، يُرجى المحاولة مرة أخرى.',
  missingChallenge: 'هذه الصفحة غير جاهزة لاستلام ملفك. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.',
  retry: 'حاول مرة أخرى',

  // Outcomes
  doneHeading: 'تم إرسال ملف التحقق الخاص بك',
  doneBody: 'شكرًا لك. سنخبرك إذا لم تتم الموافقة عليه.',
  onFileHeading: 'ملف التحقق الخاص بك مكتمل',
  pendingHeading: 'ملف التحقق الخاص بك قيد المراجعة',
  pendingBody: 'سنخبرك إذا لم تتم الموافقة عليه.',
  onFileBody: 'لا تحتاج إلى فعل أي شيء آخر.',
  updateProfile: 'تحديث ملفي',
  rejectedHeading: 'لم تتم الموافقة على ملف التحقق الخاص بك',
  rejectedReason: (reason: string) => `السبب: ${reason}`,
  redo: 'ابدأ من جديد',

  formIncomplete: 'أكمل ملف التحقق الخاص بك وأرسله.',

  // Storage
  storageUnavailable: 'لا يمكن حفظ تقدمك على هذا الجهاز، لكن يمكنك الإنهاء الآن.',
};

export default ar;
